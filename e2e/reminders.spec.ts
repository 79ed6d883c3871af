import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { clientAddress, delegate, demo, expect, sessionCookie, test } from './fixtures';
import { readMailFolder, recipient } from './mailbox';
import { format, messages } from './messages';
import { freePort } from './ports';
import { type Server, startServer } from './server';

// A reminder fires exactly once per confirmed delegate when the jobs clock passes its time, with two
// workers: on PGlite two scheduler loops in the one server process, on PostgreSQL two worker processes.
const BASE = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SLUG = 'northeast-asia-belt-and-road-2027';
/** How a reminder's subject begins in a language (the seeded conference: kind "other"), read from the catalogue. */
const reminderPrefix = (locale: 'zh' | 'ko' | 'ru') =>
  format(locale, messages[locale].Reminders.email.subject, { kind: 'conference', title: '\u0000', date: '' }).split('\u0000')[0]!;

test.describe.configure({ mode: 'serial', timeout: 600_000 });

for (const driver of ['pglite', 'postgres'] as const) {
  test(`reminders go out once per confirmed delegate with two workers [${driver}]`, async () => {
    const dataDir = `var/reminders-${driver}`;
    fs.rmSync(dataDir, { recursive: true, force: true });
    const port = await freePort(); // known before the server starts: the workers write links to it
    const env: Record<string, string | undefined> = {
      DATA_DIR: dataDir,
      PUBLIC_URL: `http://localhost:${port}`,
      JOBS_CLOCK: 'settable',
      DEMO: '1',
      SMTP_URL: '',
      TRUST_PROXY: '1',
      REGISTRATIONS_PER_MINUTE: '100',
      DATABASE_URL: '',
    };
    const children: ChildProcess[] = [];
    let server: Server | undefined;
    const name = `portal_reminders_${process.pid}`;
    let admin: pg.Client | undefined;
    try {
      if (driver === 'postgres') {
        admin = new pg.Client({ connectionString: BASE });
        await admin.connect().catch(() => test.skip(!process.env.CI, 'needs the PostgreSQL at TEST_DATABASE_URL'));
        await admin.query(`drop database if exists ${name} with (force)`);
        await admin.query(`create database ${name}`);
        const url = new URL(BASE);
        url.pathname = `/${name}`;
        Object.assign(env, { DATABASE_URL: url.toString(), ENCRYPTION_KEY: randomBytes(32).toString('base64'), MAIL_WORKER: 'off' });
        const seeded = spawnSync('node_modules/.bin/tsx', ['scripts/seed.ts', '--demo-accounts'], { env: { ...process.env, ...env }, encoding: 'utf8' });
        expect(seeded.status, seeded.stderr).toBe(0);
        for (let i = 0; i < 2; i++) {
          children.push(spawn(process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], { env: { ...process.env, ...env }, stdio: 'ignore' }));
        }
      } else {
        env.JOBS_INLINE_RUNNERS = '2';
      }
      // On PostgreSQL the workers run the jobs; a production server refuses a settable clock and DEMO (the seed made the accounts).
      const serverEnv = driver === 'postgres' ? { ...env, JOBS_CLOCK: 'real', DEMO: '0' } : env;
      server = await startServer(serverEnv, { port });
      const origin = server.url;

      const run = randomUUID().slice(0, 8);
      const emails = ['zh', 'ko', 'ru'].map((l) => ({ locale: l, email: `rem-${l}-${run}@example.org` }));
      for (const person of emails) {
        const response = await fetch(`${origin}/api/events/${SLUG}/registrations`, {
          method: 'POST',
          headers: { origin, 'content-type': 'application/json', 'x-forwarded-for': clientAddress() },
          body: JSON.stringify(
            delegate({ ...person, familyName: 'Kim', givenName: 'Test', latinFamilyName: 'Kim', latinGivenName: 'Test', organization: 'Chamber' }),
          ),
        });
        // Registered (the answer says no more, finding 11); the event approves automatically and has seats, so confirmed.
        expect(response.status, await response.text()).toBe(201);
      }
      const html = await (await fetch(`${origin}/en/events/${SLUG}`)).text();
      const startsAt = new Date(html.match(/"startDate":"([^"]+)"/)![1]!);
      const cookie = await sessionCookie(demo('admin'), { origin });
      const setClock = async (to: Date) => {
        if (driver === 'postgres') {
          const db = new pg.Client({ connectionString: env.DATABASE_URL });
          await db.connect();
          await db.query('insert into jobs_clock (id, offset_ms) values (1, $1) on conflict (id) do update set offset_ms = $1', [to.getTime() - Date.now()]);
          await db.end();
          return;
        }
        const response = await fetch(`${origin}/api/admin/jobs/clock`, {
          method: 'POST',
          headers: { origin, cookie, 'content-type': 'application/json' },
          body: JSON.stringify({ to: to.toISOString() }),
        });
        expect(response.status, await response.text()).toBe(200);
      };
      const reminders = async () =>
        (await readMailFolder(dataDir)).filter(
          (mail) =>
            recipient(mail).endsWith(`-${run}@example.org`) && (['zh', 'ko', 'ru'] as const).some((l) => (mail.subject ?? '').startsWith(reminderPrefix(l))),
        );
      // The 7-day reminder's time passes: each of the three gets it once, in their language.
      await setClock(new Date(startsAt.getTime() - 100 * 3600_000));
      await expect.poll(async () => (await reminders()).length, { timeout: 120_000 }).toBe(3);
      // Several more runs of both workers later (the clock moved on, still before the 1-day reminder): still three.
      await setClock(new Date(startsAt.getTime() - 90 * 3600_000));
      const later = new Date(startsAt.getTime() - 90 * 3600_000);
      if (driver === 'postgres') {
        await expect
          .poll(
            async () => {
              const db = new pg.Client({ connectionString: env.DATABASE_URL });
              await db.connect();
              const { rows } = await db.query("select last_started_at from scheduled_jobs where name = 'reminders'");
              await db.end();
              return rows[0] && new Date(rows[0].last_started_at) >= later;
            },
            { timeout: 120_000 },
          )
          .toBe(true);
      }
      await expect
        .poll(
          async () => {
            const jobs = await (await fetch(`${origin}/en/admin/jobs`, { headers: { cookie } })).text();
            const row = jobs.split(`${messages.en.Jobs.names.reminders}</th>`)[1]?.split('</tr>')[0];
            return Boolean(row) && !row!.includes(`>${messages.en.Jobs.due}<`);
          },
          { timeout: 120_000 },
        )
        .toBe(true);
      const got = await reminders();
      expect(got.map(recipient).sort()).toEqual(emails.map((e) => e.email).sort());
      expect(got.find((m) => recipient(m).startsWith('rem-ru'))!.subject).toMatch(new RegExp(`^${reminderPrefix('ru')}`));
      expect(got.find((m) => recipient(m).startsWith('rem-zh'))!.subject).toMatch(new RegExp(`^${reminderPrefix('zh')}`));
      expect(got.every((m) => m.attachments.some((a) => a.contentType === 'text/calendar'))).toBe(true);
    } finally {
      await server?.stop();
      for (const child of children) child.kill('SIGKILL');
      if (admin) {
        await admin.query(`drop database if exists ${name} with (force)`).catch(() => undefined);
        await admin.end();
      }
    }
  });
}
