import { and, asc, eq, gt, ne, sql } from 'drizzle-orm';
import argon2 from 'argon2';
import { randomInt } from 'node:crypto';
import type { Database } from '@/db/types';
import { type Organizer, organizers, sessions } from '@/db/schema';
import { hashToken } from '@/lib/crypto';
import { recordAudit } from './audit';
import { hashPassword, insertOrganizer } from './auth';
import { type Attempt, recordFailure, throttleWait } from './throttle';

// No 0/O, 1/l/I: a printed password is read and typed by a person.
const PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A random password to be read off a screen or a log once: 20 characters, about 115 bits. */
export function temporaryPassword() {
  const chars = Array.from({ length: 20 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]);
  return [0, 5, 10, 15].map((i) => chars.slice(i, i + 5).join('')).join('-');
}

export type PasswordChange = 'changed' | 'wrong' | 'locked' | 'same';

/**
 * The signed-in organizer replaces their password: the current one is required (a wrong one counts
 * toward the sign-in slow-down), and every other session of the account ends.
 */
export async function changeOwnPassword(
  db: Database,
  organizerId: string,
  sessionToken: string,
  current: string,
  next: string,
  attempt: Attempt = {},
): Promise<PasswordChange> {
  const [account] = await db.select().from(organizers).where(eq(organizers.id, organizerId));
  if (!account) return 'wrong';
  const ok = await argon2.verify(account.passwordHash, current).catch(() => false);
  if ((await throttleWait(db, account.email, attempt)) > 0) return 'locked';
  if (!ok) {
    await recordFailure(db, account.email, attempt);
    return 'wrong';
  }
  if (current === next) return 'same';
  const passwordHash = await hashPassword(next);
  await db.transaction(async (tx) => {
    await tx.update(organizers).set({ passwordHash, mustChangePassword: false }).where(eq(organizers.id, organizerId));
    await tx.delete(sessions).where(and(eq(sessions.organizerId, organizerId), ne(sessions.idHash, hashToken(sessionToken))));
    await recordAudit(tx, { actorId: organizerId, action: 'account.passwordChange', entityType: 'organizer', entityId: organizerId });
  });
  return 'changed';
}

/** An admin creates an account: the row and the audit entry that says who created it, in one transaction. Null when the address is taken. */
export async function createAccount(db: Database, adminId: string, data: { email: string; name: string; role: Organizer['role']; password: string }) {
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    const id = await insertOrganizer(tx, data, passwordHash);
    if (id)
      await recordAudit(tx, {
        actorId: adminId,
        action: 'account.create',
        entityType: 'organizer',
        entityId: id,
        after: { email: data.email, role: data.role },
      });
    return id;
  });
}

/** An administrator gives another account a new printed password, to be changed at its next sign-in; its sessions end. */
export async function resetPassword(db: Database, adminId: string, organizerId: string) {
  if (adminId === organizerId) return null; // one's own: change it on the password page
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const done = await db.transaction(async (tx) => {
    const updated = await tx
      .update(organizers)
      .set({ passwordHash, mustChangePassword: true })
      .where(eq(organizers.id, organizerId))
      .returning({ id: organizers.id });
    if (updated.length === 0) return false;
    await tx.delete(sessions).where(eq(sessions.organizerId, organizerId));
    await recordAudit(tx, { actorId: adminId, action: 'account.passwordReset', entityType: 'organizer', entityId: organizerId });
    return true;
  });
  return done ? password : null;
}

/** Disabling ends every session of the account at once; an administrator cannot disable their own account. */
export async function setDisabled(db: Database, adminId: string, organizerId: string, disabled: boolean) {
  if (adminId === organizerId) return false;
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(organizers)
      .set({ disabledAt: disabled ? sql`now()` : null })
      .where(eq(organizers.id, organizerId))
      .returning({ id: organizers.id });
    if (updated.length === 0) return false;
    if (disabled) await tx.delete(sessions).where(eq(sessions.organizerId, organizerId));
    await recordAudit(tx, { actorId: adminId, action: disabled ? 'account.disable' : 'account.enable', entityType: 'organizer', entityId: organizerId });
    return true;
  });
}

/** A new role takes effect on the account's next request; an administrator cannot change their own. */
export async function setRole(db: Database, adminId: string, organizerId: string, role: Organizer['role']) {
  if (adminId === organizerId) return false;
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ role: organizers.role }).from(organizers).where(eq(organizers.id, organizerId)).for('update');
    if (!before) return false;
    if (before.role === role) return true;
    await tx.update(organizers).set({ role }).where(eq(organizers.id, organizerId));
    await recordAudit(tx, {
      actorId: adminId,
      action: 'account.role',
      entityType: 'organizer',
      entityId: organizerId,
      before: { role: before.role },
      after: { role },
    });
    return true;
  });
}

/** Signed-in sessions (not half-finished sign-ins), newest first, each named by a hash of its id. */
/** Every account, for the accounts page: who they are, their role, two-step sign-in and whether disabled. */
export function accountList(db: Database) {
  return db
    .select({
      id: organizers.id,
      email: organizers.email,
      name: organizers.name,
      role: organizers.role,
      secondFactorSince: organizers.totpEnabledAt,
      disabledAt: organizers.disabledAt,
    })
    .from(organizers)
    .orderBy(asc(organizers.email));
}

export async function activeSessions(db: Database) {
  const rows = await db
    .select({
      idHash: sessions.idHash,
      organizerId: sessions.organizerId,
      name: organizers.name,
      email: organizers.email,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      secondFactor: sessions.secondFactor,
    })
    .from(sessions)
    .innerJoin(organizers, eq(organizers.id, sessions.organizerId))
    .where(and(eq(sessions.awaitingSecondFactor, false), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(asc(organizers.email), asc(sessions.createdAt));
  // The page shows a hash of the stored hash: nothing on screen can be turned back into a cookie or a row key.
  return rows.map(({ idHash, ...row }) => ({ ...row, id: hashToken(idHash) }));
}

/** Ends one session by the id `activeSessions` showed. */
export async function endSessionById(db: Database, adminId: string, shownId: string) {
  const match = (await db.select({ idHash: sessions.idHash, organizerId: sessions.organizerId }).from(sessions)).find((s) => hashToken(s.idHash) === shownId);
  if (!match) return false;
  await db.transaction(async (tx) => {
    await tx.delete(sessions).where(eq(sessions.idHash, match.idHash));
    await recordAudit(tx, { actorId: adminId, action: 'account.endSession', entityType: 'organizer', entityId: match.organizerId });
  });
  return true;
}
