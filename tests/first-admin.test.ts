import { count, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { changeOwnPassword } from '@/db/queries/accounts';
import { sessionOrganizer, signIn } from '@/db/queries/auth';
import { organizers } from '@/db/schema';
import { FIRST_ADMIN_EMAIL, prepareAccounts } from '@/db/seed/first-admin';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/db/seed/seed';
import { getConfig, resetConfigForTests } from '@/lib/config';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';

const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
  resetConfigForTests();
});

describe.each(drivers)('finding 1: no install starts with a known password [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('creates one administrator with a printed random password that must be changed at first sign-in, and no demo account', async () => {
    delete process.env.DEMO;
    resetConfigForTests();
    const printed: string[] = [];
    const log = console.log;
    console.log = (line: string) => void printed.push(line);
    try {
      await prepareAccounts(t.db);
    } finally {
      console.log = log;
    }
    const password = /password: (\S+)/.exec(printed.join('\n'))?.[1];
    expect(password).toMatch(/^[A-Za-z0-9-]{23}$/);
    expect(await t.db.$count(organizers)).toBe(1);
    // The published demo password opens nothing, and no demo organizer or door-staff account exists.
    for (const account of DEMO_ACCOUNTS) expect((await signIn(t.db, account.email, DEMO_PASSWORD, { ip: 'demo-probe' })).kind).not.toBe('ok');

    const first = await signIn(t.db, FIRST_ADMIN_EMAIL, password!);
    expect(first).toMatchObject({ kind: 'ok', role: 'admin', mustChangePassword: true });
    if (first.kind !== 'ok') return;
    expect((await sessionOrganizer(t.db, first.token))!.mustChangePassword).toBe(true);
    // A second start prints nothing new.
    printed.length = 0;
    console.log = (line: string) => void printed.push(line);
    try {
      await prepareAccounts(t.db);
    } finally {
      console.log = log;
    }
    expect(printed).toEqual([]);

    expect(await changeOwnPassword(t.db, (await sessionOrganizer(t.db, first.token))!.id, first.token, password!, 'my own long passphrase')).toBe('changed');
    expect((await sessionOrganizer(t.db, first.token))!.mustChangePassword).toBe(false);
    // The printed password works once only: after the change it is refused.
    expect((await signIn(t.db, FIRST_ADMIN_EMAIL, password!)).kind).toBe('invalid');
    expect((await signIn(t.db, FIRST_ADMIN_EMAIL, 'my own long passphrase')).kind).toBe('ok');
  });
});

describe.each(drivers)('demo accounts only behind DEMO=1 [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('seeds the three demo accounts when DEMO=1, and prints no password', async () => {
    process.env.DEMO = '1';
    resetConfigForTests();
    await prepareAccounts(t.db);
    const [row] = await t.db.select({ n: count() }).from(organizers).where(eq(organizers.mustChangePassword, false));
    expect(row!.n).toBe(3);
    expect((await signIn(t.db, 'organizer@example.org', DEMO_PASSWORD)).kind).toBe('ok');
  });
});

describe('configuration refuses unsafe production settings', () => {
  const production = { DATABASE_URL: 'postgres://u@h/db', ENCRYPTION_KEY: 'ZTJlLW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=', NODE_ENV: 'production' };
  it('refuses DEMO=1 in production on PostgreSQL', () => {
    Object.assign(process.env, production, { DEMO: '1', PUBLIC_URL: 'https://events.example.org' });
    resetConfigForTests();
    expect(() => getConfig()).toThrow(/DEMO must not be set/);
  });
  it('finding 14: requires PUBLIC_URL in production on PostgreSQL', () => {
    Object.assign(process.env, production);
    delete process.env.PUBLIC_URL;
    delete process.env.DEMO;
    resetConfigForTests();
    expect(() => getConfig()).toThrow(/PUBLIC_URL is required/);
  });
});
