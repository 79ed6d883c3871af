import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { delegate, expect, test } from './fixtures';
import { freePort } from './ports';
import { postgresBinaries, startPrivatePostgres } from './private-postgres';
import { type Server, startServer } from './server';

// Its own PostgreSQL cluster and its own production server: the test stops and starts the database under load.
const EVENT = 'northeast-asia-belt-and-road-2027'; // 300 seats, automatic confirmation
const CAPACITY = 300;

const register = (url: string, n: number) =>
  fetch(`${url}/api/events/${EVENT}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(
      delegate({
        locale: 'ru',
        familyName: 'Иванова',
        givenName: `Анна${n}`,
        latinFamilyName: 'Ivanova',
        latinGivenName: 'Anna',
        organization: 'Restart LLC',
        country: 'RU',
        email: `restart${n}-${randomUUID().slice(0, 6)}@example.org`,
        delegationType: 'enterprise',
      }),
    ),
  });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Generous: a slow machine only waits longer. The test ends when the event is full, not after a fixed time.
const DEADLINE_MS = 300_000;

// CI promises the PostgreSQL side runs: there a missing server binary fails the test instead of skipping it.
test.skip(!postgresBinaries() && !process.env.CI, "needs Debian's PostgreSQL server binaries to run a private cluster");

test('PostgreSQL restarted during a registration load: clean failures or success, no oversell, no registration without its e-mail, health tells', async () => {
  test.setTimeout(DEADLINE_MS + 120_000);
  const database = startPrivatePostgres(await freePort());
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-restart-'));
  const env = {
    DATABASE_URL: database.url,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    DATA_DIR: dataDir,
    REGISTRATIONS_PER_MINUTE: '100000',
    SMTP_URL: '',
  };
  let server: Server | undefined;
  try {
    const seeded = spawnSync('node_modules/.bin/tsx', ['scripts/seed.ts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
    expect(seeded.status, seeded.stderr).toBe(0);
    server = await startServer(env);
    const { url } = server;

    // Ten browsers registering without pause until the event is full, and a monitor asking /api/health every 200 ms.
    // The database goes down after the first 30 registrations, for 3 s, so the outage always falls inside the load.
    const answers: { status: number; body: { error?: string; status?: string }; retryAfter: string | null }[] = [];
    const health: number[] = [];
    const deadline = Date.now() + DEADLINE_MS;
    let outage: 'before' | 'during' | 'after' = 'before';
    let full = false; // a registration after the outage was wait-listed: the last seat is taken
    let n = 0;
    const running = () => !full && Date.now() < deadline;
    const load = Promise.all(
      Array.from({ length: 10 }, async () => {
        while (running()) {
          const response = await register(url, n++);
          const answer = { status: response.status, body: await response.json(), retryAfter: response.headers.get('retry-after') };
          answers.push(answer);
        }
      }),
    );
    // The answer no longer says confirmed or wait-listed (finding 11): the database does.
    const fullness = (async () => {
      while (running()) {
        await sleep(500);
        if ((outage as string) !== 'after') continue;
        const probe = new pg.Client({ connectionString: database.url });
        try {
          await probe.connect();
          const {
            rows: [row],
          } = await probe.query(
            `select exists (select 1 from registrations r join events e on e.id = r.event_id
            where e.slug = $1 and r.status = 'waitlisted') as full`,
            [EVENT],
          );
          if (row.full) full = true;
        } catch {
          /* back in a moment */
        } finally {
          await probe.end().catch(() => undefined);
        }
      }
    })();
    const monitor = (async () => {
      while (running()) {
        health.push((await fetch(`${url}/api/health`)).status);
        await sleep(200);
      }
    })();
    const restart = (async () => {
      while (answers.filter((a) => a.status === 201).length < 30 && running()) await sleep(50);
      outage = 'during';
      database.stop();
      await sleep(3_000);
      database.start();
      outage = 'after';
    })();
    await Promise.all([load, monitor, restart, fullness]);

    // Every answer is a registration or a clean, retryable refusal: never a 500.
    expect(answers.filter((a) => a.status !== 201 && a.status !== 503)).toEqual([]);
    const refused = answers.filter((a) => a.status === 503);
    expect(refused.length).toBeGreaterThan(0); // the outage was felt
    for (const a of refused) expect(a).toMatchObject({ body: { error: 'tryAgain' }, retryAfter: '2' });
    // Health said so, and came back by itself; so did registrations, without restarting the app.
    expect(health).toContain(503);
    expect(health.at(-1)).toBe(200);
    expect(answers.slice(-20).every((a) => a.status === 201)).toBe(true);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const {
        rows: [counts],
      } = await client.query(
        `
        select count(*)::int as total,
               count(*) filter (where r.status = 'confirmed')::int as confirmed,
               count(*) filter (where not exists (select 1 from outbound_emails o where o.registration_id = r.id))::int as without_email
          from registrations r join events e on e.id = r.event_id where e.slug = $1`,
        [EVENT],
      );
      const {
        rows: [mails],
      } = await client.query(`select count(*)::int as n from outbound_emails where kind = 'confirmation'`);
      const created = answers.filter((a) => a.status === 201).length;
      // A 503 may still have committed (connection lost after COMMIT); a 201 always did.
      expect(counts.total).toBeGreaterThanOrEqual(created);
      expect(counts.total).toBeLessThanOrEqual(created + refused.length);
      expect(counts.without_email).toBe(0);
      expect(mails.n).toBe(counts.total); // one confirmation row per registration, and none without one
      console.log(
        `restart under load: ${answers.length} requests, ${created} registered, ${refused.length} asked to try again, ` +
          `${health.filter((s) => s === 503).length} health checks saw the outage`,
      );
      expect(counts.confirmed, 'a seat was sold twice').toBeLessThanOrEqual(CAPACITY);
      expect(
        full,
        `this machine was too slow to reach the last seat within ${DEADLINE_MS / 1000} s (${counts.confirmed} of ${CAPACITY} ` +
          'confirmed, none oversold): nothing is wrong with the product; raise DEADLINE_MS',
      ).toBe(true);
      expect(counts.total).toBeGreaterThan(CAPACITY); // the load did reach past the last seat…
      expect(counts.confirmed).toBe(CAPACITY); // …and not one seat was sold twice
    } finally {
      await client.end();
    }
  } finally {
    await server?.stop();
    database.remove();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
