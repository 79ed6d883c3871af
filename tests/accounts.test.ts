import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeSessions, changeOwnPassword, createAccount, endSessionById, resetPassword, setDisabled, setRole } from '@/db/queries/accounts';
import { createOrganizer, sessionOrganizer, signIn } from '@/db/queries/auth';
import { auditEntries } from '@/db/schema';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';

const PASSWORD = 'correct horse battery';

describe.each(drivers)('accounts that can be managed [%s]', (driver) => {
  let t: TestDatabase;
  let adminId: string;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    adminId = (await createOrganizer(t.db, { email: 'boss@example.org', name: 'Boss', password: PASSWORD, role: 'admin' }))!;
  });
  afterAll(() => t.close());

  const session = async (email: string, password = PASSWORD) => {
    const result = await signIn(t.db, email, password);
    if (result.kind !== 'ok') throw new Error(`no session: ${result.kind}`);
    return result.token;
  };
  const audited = (action: string, entityId: string) => t.db.$count(auditEntries, and(eq(auditEntries.action, action), eq(auditEntries.entityId, entityId)));

  it('an administrator creates an account: audited with it, and an address already taken creates nothing', async () => {
    const id = (await createAccount(t.db, adminId, { email: 'New.Hire@example.org', name: 'New', password: PASSWORD, role: 'checkin' }))!;
    expect((await signIn(t.db, 'new.hire@example.org', PASSWORD)).kind).toBe('ok');
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'account.create'), eq(auditEntries.entityId, id)));
    expect(entry).toMatchObject({ actorId: adminId, entityType: 'organizer', after: { email: 'New.Hire@example.org', role: 'checkin' } });
    expect(await createAccount(t.db, adminId, { email: 'new.hire@example.org', name: 'Again', password: PASSWORD, role: 'admin' })).toBeNull();
    expect(await t.db.$count(auditEntries, eq(auditEntries.action, 'account.create'))).toBe(1);
  });

  it("changing one's own password needs the current one and ends every other session", async () => {
    const id = (await createOrganizer(t.db, { email: 'self@example.org', name: 'Self', password: PASSWORD, role: 'organizer' }))!;
    const laptop = await session('self@example.org');
    const phone = await session('self@example.org');
    expect(await changeOwnPassword(t.db, id, laptop, 'not the password', 'a brand new passphrase')).toBe('wrong');
    expect(await changeOwnPassword(t.db, id, laptop, PASSWORD, PASSWORD)).toBe('same');
    expect(await changeOwnPassword(t.db, id, laptop, PASSWORD, 'a brand new passphrase')).toBe('changed');
    expect(await sessionOrganizer(t.db, laptop)).not.toBeNull();
    expect(await sessionOrganizer(t.db, phone)).toBeNull();
    expect((await signIn(t.db, 'self@example.org', PASSWORD)).kind).toBe('invalid');
    expect(await audited('account.passwordChange', id)).toBe(1);
  });

  it('an administrator disables an account: its sessions end at once and it cannot sign in until enabled again', async () => {
    const id = (await createOrganizer(t.db, { email: 'leaver@example.org', name: 'Leaver', password: PASSWORD, role: 'checkin' }))!;
    const token = await session('leaver@example.org');
    expect(await setDisabled(t.db, adminId, id, true)).toBe(true);
    expect(await sessionOrganizer(t.db, token)).toBeNull();
    expect((await signIn(t.db, 'leaver@example.org', PASSWORD)).kind).toBe('invalid');
    expect(await setDisabled(t.db, adminId, id, false)).toBe(true);
    expect((await signIn(t.db, 'leaver@example.org', PASSWORD)).kind).toBe('ok');
    expect(await setDisabled(t.db, adminId, adminId, true)).toBe(false); // never one's own account
    expect(await audited('account.disable', id)).toBe(1);
    expect(await audited('account.enable', id)).toBe(1);
  });

  it('an administrator resets a password: a printed one, its sessions end, and it must be changed at the next sign-in', async () => {
    const id = (await createOrganizer(t.db, { email: 'forgot@example.org', name: 'Forgot', password: PASSWORD, role: 'organizer' }))!;
    const token = await session('forgot@example.org');
    const printed = await resetPassword(t.db, adminId, id);
    expect(printed).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
    expect(await sessionOrganizer(t.db, token)).toBeNull();
    expect((await signIn(t.db, 'forgot@example.org', PASSWORD)).kind).toBe('invalid');
    const next = await signIn(t.db, 'forgot@example.org', printed!);
    expect(next).toMatchObject({ kind: 'ok', mustChangePassword: true });
    expect(await resetPassword(t.db, adminId, adminId)).toBeNull();
    expect(await audited('account.passwordReset', id)).toBe(1);
  });

  it('an administrator changes a role (audited with before and after), never their own', async () => {
    const id = (await createOrganizer(t.db, { email: 'promoted@example.org', name: 'Promoted', password: PASSWORD, role: 'checkin' }))!;
    const token = await session('promoted@example.org');
    expect(await setRole(t.db, adminId, id, 'organizer')).toBe(true);
    expect((await sessionOrganizer(t.db, token))!.role).toBe('organizer');
    expect(await setRole(t.db, adminId, adminId, 'checkin')).toBe(false);
    const [entry] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.action, 'account.role'), eq(auditEntries.entityId, id)));
    expect(entry).toMatchObject({ before: { role: 'checkin' }, after: { role: 'organizer' }, actorId: adminId });
  });

  it('an administrator sees signed-in sessions and ends one', async () => {
    const id = (await createOrganizer(t.db, { email: 'roaming@example.org', name: 'Roaming', password: PASSWORD, role: 'organizer' }))!;
    const first = await session('roaming@example.org');
    const second = await session('roaming@example.org');
    const listed = (await activeSessions(t.db)).filter((s) => s.organizerId === id);
    expect(listed).toHaveLength(2);
    // What the page shows cannot be used as a cookie.
    expect(listed.map((s) => s.id)).not.toContain(first);
    expect(await endSessionById(t.db, adminId, listed[0]!.id)).toBe(true);
    const alive = [await sessionOrganizer(t.db, first), await sessionOrganizer(t.db, second)].filter(Boolean);
    expect(alive).toHaveLength(1);
    expect(await endSessionById(t.db, adminId, 'f'.repeat(64))).toBe(false);
    expect(await audited('account.endSession', id)).toBe(1);
  });
});
