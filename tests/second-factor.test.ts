import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { completeSignIn, createOrganizer, sessionOrganizer, signIn } from '@/db/queries/auth';
import {
  confirmEnrolment,
  currentCode,
  disableSecondFactor,
  secondFactorStatus,
  resetSecondFactor,
  setPassportsNeedSecondFactor,
  startEnrolment,
} from '@/db/queries/second-factor';
import { auditEntries, organizers, signInThrottle } from '@/db/schema';
import { hashToken } from '@/lib/crypto';
import { allows } from '@/lib/permissions';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';

const PASSWORD = 'correct horse battery';

describe.each(drivers)('two-step sign-in [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Moves the clock to the next 30-second step, so the next code is a new one. */
  const nextStep = () => vi.setSystemTime(Date.now() + 30_000);
  const codeFor = async (id: string) => {
    const [row] = await t.db.select({ sealed: organizers.totpSecretSealed }).from(organizers).where(eq(organizers.id, id));
    return currentCode(row!.sealed!);
  };
  const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

  async function enrolledAdmin(email: string) {
    const id = (await createOrganizer(t.db, { email, name: 'Admin', password: PASSWORD, role: 'admin' }))!;
    const first = await signIn(t.db, email, PASSWORD);
    if (first.kind !== 'ok') throw new Error('no session');
    await startEnrolment(t.db, id);
    expect((await secondFactorStatus(t.db, id)).pending!.uri).toMatch(/^otpauth:\/\/totp\/.+secret=[A-Z2-7]+/);
    expect(await confirmEnrolment(t.db, id, wrong(await codeFor(id)))).toBe(false);
    expect(await confirmEnrolment(t.db, id, await codeFor(id))).toBe(true);
    return { id, firstToken: first.token };
  }

  it('asks for a code after the password, accepts each code once, and counts wrong codes as failures', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { id } = await enrolledAdmin('totp-a@example.org');
    nextStep();
    const step1 = await signIn(t.db, 'totp-a@example.org', PASSWORD);
    expect(step1.kind).toBe('code');
    if (step1.kind !== 'code') return;
    // The challenge is not a session: it opens nothing in the back office.
    expect(await sessionOrganizer(t.db, step1.challenge)).toBeNull();
    const code = await codeFor(id);
    expect((await completeSignIn(t.db, step1.challenge, wrong(code))).kind).toBe('code');
    const [bucket] = await t.db
      .select()
      .from(signInThrottle)
      .where(eq(signInThrottle.keyHash, hashToken('address:totp-a@example.org')));
    expect(bucket!.level).toBe(1);
    const done = await completeSignIn(t.db, step1.challenge, code);
    expect(done.kind).toBe('ok');
    if (done.kind !== 'ok') return;
    expect(await sessionOrganizer(t.db, done.token)).toMatchObject({ secondFactor: true, needsSecondFactor: false });
    // The challenge is spent, and the same code cannot open a second session (replay).
    expect((await completeSignIn(t.db, step1.challenge, code)).kind).toBe('expired');
    const again = await signIn(t.db, 'totp-a@example.org', PASSWORD);
    if (again.kind !== 'code') throw new Error('expected a challenge');
    expect((await completeSignIn(t.db, again.challenge, code)).kind).toBe('code');
  });

  it('keeps passport data from sessions without a code once an admin requires it', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { id, firstToken } = await enrolledAdmin('totp-b@example.org');
    await createOrganizer(t.db, { email: 'plain-admin@example.org', name: 'Plain', password: PASSWORD, role: 'admin' });
    const plain = await signIn(t.db, 'plain-admin@example.org', PASSWORD);
    if (plain.kind !== 'ok') throw new Error('no session');
    const before = (await sessionOrganizer(t.db, plain.token))!;
    expect(allows(before, 'revealPassport')).toBe(true);

    await setPassportsNeedSecondFactor(t.db, id, true);
    const after = (await sessionOrganizer(t.db, plain.token))!;
    expect(after.needsSecondFactor).toBe(true);
    expect(allows(after, 'revealPassport')).toBe(false);
    expect(allows(after, 'exportPassport')).toBe(false);
    expect(allows(after, 'manageAttendees')).toBe(true); // everything else stays
    // The session in which the code was confirmed does not count as signed in with it: only a new sign-in does.
    expect(allows((await sessionOrganizer(t.db, firstToken))!, 'revealPassport')).toBe(false);
    await setPassportsNeedSecondFactor(t.db, id, false);
    expect(await t.db.$count(auditEntries, eq(auditEntries.action, 'settings.passportsNeedSecondFactor'))).toBe(2);
  });

  it("turns off only with a current code, and an admin reset clears it and its sessions' standing", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { id } = await enrolledAdmin('totp-c@example.org');
    nextStep();
    expect(await disableSecondFactor(t.db, id, wrong(await codeFor(id)))).toBe(false);
    expect(await disableSecondFactor(t.db, id, await codeFor(id))).toBe(true);
    expect((await signIn(t.db, 'totp-c@example.org', PASSWORD)).kind).toBe('ok');

    const other = await enrolledAdmin('totp-d@example.org');
    await resetSecondFactor(t.db, id, other.id);
    expect((await sessionOrganizer(t.db, other.firstToken))!.secondFactor).toBe(false);
    expect((await signIn(t.db, 'totp-d@example.org', PASSWORD)).kind).toBe('ok');
    expect(await t.db.$count(auditEntries, eq(auditEntries.action, 'account.secondFactorReset'))).toBe(1);
  });
});
