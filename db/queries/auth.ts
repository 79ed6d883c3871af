import { and, eq, gt, lt, sql } from 'drizzle-orm';
import argon2 from 'argon2';
import type { Database } from '../client';
import { type Organizer, organizers, portalSettings, sessions } from '../schema';
import { hashToken } from '@/lib/crypto';
import { randomBytes } from 'node:crypto';
import { acceptCode } from './second-factor';

export const IDLE_TIMEOUT_MS = 2 * 3600_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3600_000;
/** How long a password-checked sign-in waits for its code. */
export const CODE_TIMEOUT_MS = 5 * 60_000;
const FREE_FAILURES = 5;

export type SessionOrganizer = Pick<Organizer, 'id' | 'email' | 'name' | 'role'> & {
  /** Signed in with a code as well as the password. */
  secondFactor: boolean;
  /** Passport data needs a second factor this session was not signed in with. */
  needsSecondFactor: boolean;
};

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against a real hash for unknown accounts keeps the answer time the same either way.
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

export type SignInResult =
  | { kind: 'ok'; token: string; role: Organizer['role'] }
  | { kind: 'code'; challenge: string }
  | { kind: 'invalid' }
  /** The code step came too late (or its challenge is unknown): start again with the password. */
  | { kind: 'expired' }
  | { kind: 'locked'; retryAfterSeconds: number };

const lockedFor = (account: Organizer) => account.lockedUntil && account.lockedUntil > new Date()
  ? { kind: 'locked' as const, retryAfterSeconds: Math.ceil((account.lockedUntil.getTime() - Date.now()) / 1000) }
  : null;

/**
 * After five failures (passwords and codes alike) an account waits 1, 2, 4 … minutes (at most 15)
 * between tries: slow for a guesser, never a permanent lock-out of the real organizer.
 */
async function recordFailure(db: Database, account: Organizer) {
  const failures = account.failedSignIns + 1;
  const waitMinutes = failures >= FREE_FAILURES ? Math.min(15, 2 ** (failures - FREE_FAILURES)) : 0;
  await db.update(organizers).set({
    failedSignIns: failures,
    lockedUntil: waitMinutes ? new Date(Date.now() + waitMinutes * 60_000) : null,
  }).where(eq(organizers.id, account.id));
}

async function openSession(db: Database, organizerId: string, kind: { awaitingSecondFactor: boolean; secondFactor: boolean }) {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    idHash: hashToken(token),
    organizerId,
    expiresAt: new Date(Date.now() + (kind.awaitingSecondFactor ? CODE_TIMEOUT_MS : ABSOLUTE_TIMEOUT_MS)),
    ...kind,
  });
  return token;
}

/** The password step. An account with a second factor gets a short-lived challenge instead of a session. */
export async function signIn(db: Database, email: string, password: string): Promise<SignInResult> {
  const [account] = await db.select().from(organizers).where(eq(organizers.email, email.trim().toLowerCase()));
  const locked = account && lockedFor(account);
  if (locked) return locked;
  const ok = await argon2.verify(account?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!account || account.disabledAt || !ok) {
    if (account) await recordFailure(db, account);
    return { kind: 'invalid' };
  }
  if (account.totpEnabledAt) {
    return { kind: 'code', challenge: await openSession(db, account.id, { awaitingSecondFactor: true, secondFactor: false }) };
  }
  await db.update(organizers).set({ failedSignIns: 0, lockedUntil: null }).where(eq(organizers.id, account.id));
  return { kind: 'ok', token: await openSession(db, account.id, { awaitingSecondFactor: false, secondFactor: false }), role: account.role };
}

/** The code step: the challenge is spent either way on success; a wrong code counts as a failed sign-in. */
export async function completeSignIn(db: Database, challenge: string, code: string): Promise<SignInResult> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) return { kind: 'expired' };
  const [row] = await db.select({ account: organizers }).from(sessions)
    .innerJoin(organizers, eq(organizers.id, sessions.organizerId))
    .where(and(eq(sessions.idHash, hashToken(challenge)), eq(sessions.awaitingSecondFactor, true), gt(sessions.expiresAt, sql`now()`)));
  if (!row || row.account.disabledAt || !row.account.totpSecretSealed || !row.account.totpEnabledAt) return { kind: 'expired' };
  const { account } = row;
  const locked = lockedFor(account);
  if (locked) return locked;
  if (!(await acceptCode(db, account.id, account.totpSecretSealed!, code.replace(/\s/g, '')))) {
    await recordFailure(db, account);
    return { kind: 'code', challenge };
  }
  await endSession(db, challenge);
  await db.update(organizers).set({ failedSignIns: 0, lockedUntil: null }).where(eq(organizers.id, account.id));
  return { kind: 'ok', token: await openSession(db, account.id, { awaitingSecondFactor: false, secondFactor: true }), role: account.role };
}

/** The organizer behind a session cookie, if the session is alive (absolute and idle timeouts). */
export async function sessionOrganizer(db: Database, token: string): Promise<SessionOrganizer | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const idHash = hashToken(token);
  const idleSince = new Date(Date.now() - IDLE_TIMEOUT_MS);
  const [row] = await db.select({
    organizer: organizers,
    lastSeenAt: sessions.lastSeenAt,
    secondFactor: sessions.secondFactor,
    required: sql<boolean>`coalesce((select ${portalSettings.requireSecondFactorForPassports} from ${portalSettings}), false)`,
  }).from(sessions)
    .innerJoin(organizers, eq(organizers.id, sessions.organizerId))
    .where(and(eq(sessions.idHash, idHash), eq(sessions.awaitingSecondFactor, false), gt(sessions.expiresAt, sql`now()`), gt(sessions.lastSeenAt, idleSince)));
  if (!row || row.organizer.disabledAt) return null;
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
  }
  const { id, email, name, role } = row.organizer;
  return { id, email, name, role, secondFactor: row.secondFactor, needsSecondFactor: row.required && !row.secondFactor };
}

export async function endSession(db: Database, token: string) {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

export async function purgeExpiredSessions(db: Database) {
  await db.delete(sessions).where(lt(sessions.expiresAt, sql`now()`));
}

export async function createOrganizer(db: Database, data: { email: string; name: string; password: string; role: Organizer['role'] }) {
  const [row] = await db.insert(organizers).values({
    email: data.email.trim().toLowerCase(),
    name: data.name,
    role: data.role,
    passwordHash: await hashPassword(data.password),
  }).onConflictDoNothing().returning({ id: organizers.id });
  return row?.id ?? null;
}
