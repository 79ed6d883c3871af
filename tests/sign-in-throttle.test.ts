import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changeOwnPassword } from '@/db/queries/accounts';
import { createOrganizer, sessionOrganizer, signIn } from '@/db/queries/auth';
import { currentCode, enterOwnCode, startEnrolment } from '@/db/queries/second-factor';
import { organizers } from '@/db/schema';
import { allows } from '@/lib/permissions';
import { afterFailure, CLIENT_BURST, DRAIN_MS, drained, waitSeconds } from '@/lib/sign-in-throttle';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';

const PASSWORD = 'correct horse battery';
const at = (minutes: number) => new Date(Date.UTC(2027, 0, 1) + minutes * 60_000);

describe('the slow-down bucket (pure)', () => {
  it('drains one failure per interval and keeps the remainder', () => {
    let bucket = afterFailure(undefined, at(0));
    bucket = afterFailure(bucket, at(0));
    expect(drained(bucket, at(DRAIN_MS / 60_000 + 1)).level).toBe(1);
    expect(drained(bucket, at(60)).level).toBe(0);
  });
  it('one wrong try every quarter hour never fills it', () => {
    let bucket;
    for (let i = 0; i < 200; i++) bucket = afterFailure(bucket, at(i * 15));
    expect(bucket!.level).toBe(1);
    expect(waitSeconds(bucket, CLIENT_BURST, at(200 * 15))).toBe(0);
  });
  it('a burst of guesses is stopped, and then gets one try per interval', () => {
    let bucket;
    for (let i = 0; i < CLIENT_BURST; i++) bucket = afterFailure(bucket, at(0));
    expect(waitSeconds(bucket, CLIENT_BURST, at(0))).toBe(DRAIN_MS / 1000);
    expect(waitSeconds(bucket, CLIENT_BURST, at(DRAIN_MS / 60_000))).toBe(0);
  });
});

describe.each(drivers)('sign-in slow-down [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('finding 4: an unknown address and a slowed-down account get the same answers, try for try', async () => {
    await createOrganizer(t.db, { email: 'victim@example.org', name: 'Victim', password: PASSWORD, role: 'organizer' });
    const answers = async (email: string) => {
      const kinds: string[] = [];
      for (let i = 0; i < 8; i++) kinds.push((await signIn(t.db, email, `wrong-${i}`, { ip: '198.51.100.7', now: at(0) })).kind);
      return kinds;
    };
    const known = await answers('victim@example.org');
    expect(known).toEqual(await answers('nobody-here@example.org'));
    expect(known).toEqual([...Array(CLIENT_BURST).fill('invalid'), 'locked', 'locked', 'locked']);
    // While slowed down, even the right password gets the same answer (no oracle) …
    expect((await signIn(t.db, 'victim@example.org', PASSWORD, { ip: '198.51.100.7', now: at(1) })).kind).toBe('locked');
    // … the real organizer on another client is not kept out …
    expect((await signIn(t.db, 'victim@example.org', PASSWORD, { ip: '203.0.113.9', now: at(1) })).kind).toBe('ok');
    // … and after one interval the attacker's client may try again.
    expect((await signIn(t.db, 'victim@example.org', 'wrong-again', { ip: '198.51.100.7', now: at(DRAIN_MS / 60_000 + 1) })).kind).toBe('invalid');
  });

  it('finding 4: after a burst that slows the account down, one wrong try every quarter hour does not keep the organizer out', async () => {
    await createOrganizer(t.db, { email: 'door@example.org', name: 'Door', password: PASSWORD, role: 'checkin' });
    const attacker = { ip: '198.51.100.7' };
    for (let i = 0; i < 8; i++) await signIn(t.db, 'door@example.org', `burst-${i}`, { ...attacker, now: at(0) });
    expect((await signIn(t.db, 'door@example.org', PASSWORD, { ...attacker, now: at(1) })).kind).toBe('locked');
    // The old lock re-armed with every single wrong try after the first lock; the bucket drains instead.
    for (let i = 1; i <= 12; i++) {
      expect((await signIn(t.db, 'door@example.org', 'one-more-guess', { ...attacker, now: at(i * 15) })).kind).toBe('invalid');
    }
    // The organizer, even behind the attacker's own address (same office network), signs in a minute later.
    expect((await signIn(t.db, 'door@example.org', PASSWORD, { ...attacker, now: at(12 * 15 + 1) })).kind).toBe('ok');
  });

  it('finding 4: brute force from many clients is still slowed by the address-wide bucket', async () => {
    await createOrganizer(t.db, { email: 'many@example.org', name: 'Many', password: PASSWORD, role: 'admin' });
    const kinds: string[] = [];
    for (let i = 0; i < 24; i++) kinds.push((await signIn(t.db, 'many@example.org', `guess-${i}`, { ip: `10.0.0.${i}`, now: at(0) })).kind);
    expect(kinds.filter((k) => k === 'locked').length).toBe(4);
  });

  it('finding 5: wrong codes on the own set-up page count toward the same slow-down, and then no code is looked at', async () => {
    const id = (await createOrganizer(t.db, { email: 'totp-brute@example.org', name: 'T', password: PASSWORD, role: 'admin' }))!;
    await startEnrolment(t.db, id);
    const [row] = await t.db.select().from(organizers).where(eq(organizers.id, id));
    const code = currentCode(row!.totpSecretSealed!);
    const wrongCode = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const who = { id, email: 'totp-brute@example.org' };
    for (let i = 0; i < CLIENT_BURST; i++) expect(await enterOwnCode(t.db, who, 'confirm', wrongCode, { ip: '198.51.100.8' })).toBe('code');
    expect(await enterOwnCode(t.db, who, 'confirm', code, { ip: '198.51.100.8' })).toBe('locked');
    // The same bucket as the password step: sign-in from that client is slowed as well.
    expect((await signIn(t.db, 'totp-brute@example.org', PASSWORD, { ip: '198.51.100.8' })).kind).toBe('locked');
  });

  it('finding 5: a wrong current password on the password page counts too', async () => {
    const id = (await createOrganizer(t.db, { email: 'pw-brute@example.org', name: 'P', password: PASSWORD, role: 'organizer' }))!;
    const session = await signIn(t.db, 'pw-brute@example.org', PASSWORD);
    if (session.kind !== 'ok') throw new Error('no session');
    for (let i = 0; i < CLIENT_BURST; i++)
      expect(await changeOwnPassword(t.db, id, session.token, `guess-${i}`, 'a new long password', { ip: '198.51.100.9' })).toBe('wrong');
    expect(await changeOwnPassword(t.db, id, session.token, PASSWORD, 'a new long password', { ip: '198.51.100.9' })).toBe('locked');
  });

  it('finding 3: once any admin has a factor, a password-only session cannot manage security, and enrolling does not count as a code sign-in', async () => {
    const plainId = (await createOrganizer(t.db, { email: 'plain@example.org', name: 'Plain', password: PASSWORD, role: 'admin' }))!;
    const plain = await signIn(t.db, 'plain@example.org', PASSWORD);
    if (plain.kind !== 'ok') throw new Error('no session');
    expect(allows((await sessionOrganizer(t.db, plain.token))!, 'manageSecurity')).toBe(true); // nobody has a factor yet
    // The borrowed password-only session enrols its own factor: it still may not manage security.
    await startEnrolment(t.db, plainId);
    const [row] = await t.db.select().from(organizers).where(eq(organizers.id, plainId));
    expect(await enterOwnCode(t.db, { id: plainId, email: 'plain@example.org' }, 'confirm', currentCode(row!.totpSecretSealed!))).toBe('on');
    const after = (await sessionOrganizer(t.db, plain.token))!;
    expect(after.needsStepUp).toBe(true);
    expect(allows(after, 'manageSecurity')).toBe(false);
    expect(allows(after, 'manageAccounts')).toBe(true); // the page still opens, to say why
  });
});
