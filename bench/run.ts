// `npm run bench`: measures the production build on this machine against baselines from the same run.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
process.env.ENCRYPTION_KEY ??= randomBytes(32).toString('base64');
process.env.PUBLIC_URL = 'http://127.0.0.1';

const { closeDatabase, getDatabase } = await import('@/db/client');
const { resetConfigForTests } = await import('@/lib/config');
const { seedIfEmpty } = await import('@/db/seed/seed');
const { freshTarget, pgAvailable, redisAvailable, REDIS_URL, serverEnv, baseUrl } = await import('./databases');
const { startServer } = await import('./server');
const pages = await import('./scenarios/pages');
const registration = await import('./scenarios/registration');
const { mailDrain } = await import('./scenarios/mail');
const { mailRelay } = await import('./scenarios/mail-relay');
const { changeToEveryInstance } = await import('./scenarios/instances');
const { attendeeScale } = await import('./scenarios/list');
const { javascriptWeight } = await import('./scenarios/weight');
const { labQuality } = await import('./scenarios/lighthouse');
const delegations = await import('./scenarios/delegation');

if (!fs.existsSync('.next/BUILD_ID')) {
  console.error('No production build: run `npm run build` first (the benchmark measures the build, it does not make one).');
  process.exit(1);
}
const key = process.env.ENCRYPTION_KEY;
const results: Record<string, unknown> = {
  date: new Date().toISOString(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
};
const targets = (await pgAvailable()) ? (['embedded', 'postgres'] as const) : (['embedded'] as const);
let port = 3900;
const redis = (await redisAvailable()) ? REDIS_URL : undefined;

/** Open a target's database from this process (the server is stopped), for seeding and checking. */
async function withDb<T>(env: Record<string, string>, work: (db: Awaited<ReturnType<typeof getDatabase>>['db']) => Promise<T>) {
  Object.assign(process.env, env);
  resetConfigForTests();
  const handle = await getDatabase();
  try {
    return await work(handle.db);
  } finally {
    await closeDatabase();
  }
}

for (const name of targets) {
  console.log(`\n== ${name}`);
  const target = await freshTarget(name);
  const env = serverEnv(target, key, redis);
  const eventId = await withDb(env, async (db) => {
    await seedIfEmpty(db);
    return registration.insertBenchEvent(db);
  });
  const visitId = await withDb(env, async (db) => (await db.query.visits.findFirst({ where: (v, { eq }) => eq(v.eventId, eventId) }))!.id);
  const raceEvent = await withDb(env, (db) => delegations.insertDelegationEvent(db));

  const cold = await startServer(port++, env, pages.EVENT_PATH('en'));
  const html = await pages.pageBytes(cold.url + pages.EVENT_PATH('en'));
  const ceilingHtml = await pages.pageBytes(cold.url + '/bench-ceiling');
  console.log('pages…');
  const physical = await pages.physicalCeiling(html);
  const framework = await pages.frameworkCeiling(cold);
  const dynamicFramework = await pages.dynamicCeiling(cold);
  const eventPages = await pages.eventPages(cold);
  const listPages = await pages.listPages(cold);
  console.log('registration…');
  const contention = await registration.contention(cold.url, visitId);
  const storm = await registration.storm(cold.url, visitId);
  const race = await delegations.delegationRace(cold.url, raceEvent.visitId);
  const weight = name === 'embedded' ? await javascriptWeight(cold.url) : undefined;
  const lab = name === 'embedded' ? await labQuality(cold.url) : undefined;
  await cold.stop();
  const relay = name === 'embedded' ? await mailRelay(port, env) : undefined;
  // PGlite serves one process: two instances share only PostgreSQL.
  const instances = name === 'postgres' ? await changeToEveryInstance([port + 2, port + 3], env) : undefined;
  port += 4;
  const checks = await withDb(env, (db) => registration.verify(db, eventId, storm.email));
  const raceChecks = await withDb(env, (db) => delegations.verifyDelegationRace(db, raceEvent.eventId, raceEvent.visitId));
  let pgbench: number | undefined;
  if (target.name === 'postgres') {
    execFileSync('psql', [target.url, '-qc', 'create table bench_insert (id bigserial primary key, v int, at timestamptz default now())']);
    fs.writeFileSync('/tmp/portal-pgbench.sql', 'insert into bench_insert (v) values (:client_id);\n');
    const out = execFileSync('pgbench', ['-n', '-c', '100', '-j', '2', '-T', '10', '-f', '/tmp/portal-pgbench.sql', target.url], { encoding: 'utf8' });
    pgbench = Number(out.match(/tps = ([\d.]+)/)?.[1]);
  }
  console.log('start-up…');
  const warm = await startServer(port++, env, pages.EVENT_PATH('en'));
  await warm.stop();
  const empty = await freshTarget(name);
  // An empty PostgreSQL database is migrated at start but not seeded (seeding is `npm run db:seed`): ready = health.
  const emptyStart = await startServer(port++, serverEnv(empty, key), name === 'embedded' ? pages.EVENT_PATH('en') : '/api/health');
  await emptyStart.stop();
  await empty.drop();
  console.log('mail and attendee list…');
  const mail = await withDb(env, (db) => mailDrain(db, target.name === 'postgres' ? target.url : undefined));
  const list = await withDb(env, (db) => attendeeScale(db));
  await target.drop();
  results[name] = {
    pageBytes: html.length,
    ceilingBytes: ceilingHtml.length,
    physical,
    framework,
    dynamicFramework,
    eventPages,
    listPages,
    instances,
    redis: Boolean(redis && name === 'postgres'),
    contention,
    storm: { statuses: storm.statuses, ...checks },
    delegationRace: { ...race, ...raceChecks },
    pgbenchTps: pgbench,
    startup: { warmMs: warm.startedMs, emptyMs: emptyStart.startedMs },
    mail,
    relay,
    list,
    weight,
    lab,
  };
}

fs.mkdirSync('bench/results', { recursive: true });
fs.writeFileSync('bench/results/latest.json', JSON.stringify(results, null, 2));
fs.appendFileSync('bench/results/history.jsonl', JSON.stringify(results) + '\n');
const { printTable } = await import('./report');
printTable(results);
console.log(`\n(database for PostgreSQL runs: ${baseUrl.replace(/\/\/[^@]*@/, '//')})`);
process.exit(0);
