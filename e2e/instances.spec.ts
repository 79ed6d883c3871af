import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { demo, expect, sessionCookie, test } from './fixtures';
import { type Server, startServer } from './server';

// Two production servers and one e-mail worker on one PostgreSQL database, sharing the machine's Redis:
// what one instance changes, the other shows; what one instance counts, the other counts too.
const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.E2E_REDIS_URL ?? 'redis://127.0.0.1:6379';
const EVENT = 'northeast-asia-belt-and-road-2027';

async function reachable() {
  const client = new pg.Client({ connectionString: BASE, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test('two instances on one PostgreSQL and Redis: a cancellation through one shows on the other; rate limits are shared', async () => {
  // CI promises PostgreSQL and Redis: there an unreachable service fails the test instead of skipping it.
  test.skip(!process.env.CI && !(await reachable()), 'needs the PostgreSQL at TEST_DATABASE_URL');
  const name = `portal_instances_${process.pid}`;
  const admin = new pg.Client({ connectionString: BASE });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  const url = new URL(BASE);
  url.pathname = `/${name}`;
  const env = {
    ...process.env,
    DATABASE_URL: url.toString(),
    REDIS_URL,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    MAIL_WORKER: 'off',
    TRUST_PROXY: '1',
    REGISTRATIONS_PER_MINUTE: '10',
    NEXT_TELEMETRY_DISABLED: '1',
    SMTP_URL: '',
    DATA_DIR: 'var/instances',
  };
  const children: ChildProcess[] = [];
  const servers: Server[] = [];
  const db = new pg.Client({ connectionString: url.toString() });
  try {
    const seeded = spawnSync('node_modules/.bin/tsx', ['scripts/seed.ts', '--demo-accounts'], { env, encoding: 'utf8' });
    expect(seeded.status, seeded.stderr).toBe(0);
    // One process (not the tsx wrapper and its child), so that killing it leaves nothing behind.
    children.push(spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env, stdio: 'ignore' }));
    const started = await Promise.allSettled([startServer(env), startServer(env)]);
    for (const result of started) if (result.status === 'fulfilled') servers.push(result.value);
    for (const result of started) if (result.status === 'rejected') throw result.reason;
    const [a, b] = servers.map((s) => s.url) as [string, string];

    // Both instances have rendered the page (and B holds it in the shared cache) before the change.
    const eventPage = async (origin: string) => (await fetch(`${origin}/en/events/${EVENT}`)).text();
    for (const origin of [a, b, b]) expect(await eventPage(origin)).toContain('EventScheduled');

    // An organizer cancels the event through instance A.
    const cookie = await sessionCookie(demo('organizer'), { origin: a });
    await db.connect();
    const {
      rows: [event],
    } = await db.query('select id from events where slug = $1', [EVENT]);
    const cancelled = await fetch(`${a}/api/admin/events/status`, {
      method: 'POST',
      headers: { origin: a, cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ id: event.id, action: 'cancel' }),
    });
    expect(cancelled.status).toBe(200);
    // Instance B shows it without a restart (the benchmark measures how soon: "change → every instance").
    await expect.poll(() => eventPage(b)).toContain('EventCancelled');
    expect(await eventPage(b)).not.toContain(`/en/events/${EVENT}/register`);

    // Twelve submissions from one address, alternating between the instances: the limit of 10 holds across both.
    const statuses: number[] = [];
    for (let n = 0; n < 12; n++) {
      const origin = n % 2 ? b : a;
      const response = await fetch(`${origin}/api/events/${EVENT}/registrations`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.77' },
        body: JSON.stringify({ locale: 'en', idempotencyKey: randomUUID() }), // invalid on purpose: counted, never stored
      });
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  } finally {
    for (const server of servers) await server.stop();
    for (const child of children) child.kill('SIGKILL');
    await db.end().catch(() => undefined);
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
});
