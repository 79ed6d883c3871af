// `npm test`: every check the project has, in the order that fails fastest.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const started = Date.now();
const elapsed = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
const run = (label, command, args, env = {}) => {
  console.log(`\n▶ ${label}`);
  const begun = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } });
  if (result.status !== 0) {
    console.error(`✗ ${label} failed after ${elapsed(begun)} (${elapsed(started)} in all)`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${label}: ${elapsed(begun)}`);
};

ensureChromium();
run('lint', 'npx', ['eslint', '.']);
run('formatting (Prettier)', 'npx', ['prettier', '--check', '.']);
run('unused files, exports and dependencies (knip)', 'npx', ['knip', '--no-progress']);
run('typecheck', 'npx', ['--no', 'next', 'typegen']);
run('typecheck', 'npx', ['tsc', '--noEmit']);
audit();
fs.mkdirSync('var', { recursive: true });
run('unit and database tests (Vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=var/vitest.json']);
reportDatabaseCounts();
run('production build', 'npx', ['next', 'build']);
run('end-to-end tests (Playwright, Chromium)', 'npx', ['playwright', 'test']);
await endToEndOnPostgres();
console.log(`\n✓ all checks passed in ${elapsed(started)}`);

/**
 * The suites whose answers depend most on the database (access, the registration API's answers, event
 * states, two-step sign-in, a delegation's seats) once more against PostgreSQL, in a database of their own
 * that is dropped afterwards. The registration and back-office flows run on PostgreSQL in Vitest (every
 * database test runs on both), which keeps `npm test` near 25 minutes on two cores.
 * The fault suites start their own servers and databases; the privacy file search is about the
 * embedded data folder.
 */
async function endToEndOnPostgres() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('(set TEST_DATABASE_URL to run the end-to-end suites on PostgreSQL too)');
    return;
  }
  const { default: pg } = await import('pg');
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const name = `portal_e2e_${process.pid}`;
  await admin.query(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  console.log('\n▶ end-to-end tests on PostgreSQL (Playwright, Chromium)');
  const specs = ['access', 'event-states', 'registration-api', 'second-factor', 'delegation'].map((s) => `e2e/${s}.spec.ts`);
  const result = spawnSync('npx', ['playwright', 'test', ...specs], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', E2E_PORT: '3101', E2E_DATABASE_URL: target.toString() },
  });
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.end();
  if (result.status !== 0) {
    console.error('✗ end-to-end tests on PostgreSQL failed');
    process.exit(result.status ?? 1);
  }
}

/** High or critical advisories in production dependencies fail; an unreachable audit service only warns. */
function audit() {
  console.log('\n▶ audit (production dependencies, high and critical)');
  const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    console.warn('⚠ the npm audit service did not answer; advisory floors are still checked by tests/dependencies.test.ts');
    return;
  }
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  console.log(`advisories: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low`);
  if (serious > 0) {
    spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high'], { stdio: 'inherit' });
    process.exit(1);
  }
}

function reportDatabaseCounts() {
  const report = JSON.parse(fs.readFileSync('var/vitest.json', 'utf8'));
  const tests = report.testResults.flatMap((f) => f.assertionResults);
  const count = (tag) => tests.filter((t) => t.status === 'passed' && t.fullName.includes(`[${tag}]`)).length;
  console.log(
    `database tests passed: ${count('pglite')} on PGlite, ${count('postgres')} on PostgreSQL` +
      (process.env.TEST_DATABASE_URL ? '' : ' (set TEST_DATABASE_URL to run them on PostgreSQL too)'),
  );
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (fs.existsSync(path)) return;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${path}. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('▶ installing Debian chromium (Playwright cannot download browsers here)');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}
