import { and, eq, gt, isNotNull, isNull, lt, sql } from 'drizzle-orm';
import argon2 from 'argon2';
import type { Database } from '@/db/types';
import { type Organizer, organizers, portalSettings, sessions } from '@/db/schema';
import { hashToken } from '@/lib/crypto';
import { randomBytes } from 'node:crypto';
import { coHostEventIds } from './co-hosts';
import { acceptCode } from './second-factor';
import { type Attempt, clearFailures, recordFailure, throttleWait } from './throttle';

const IDLE_TIMEOUT_MS = 2 * 3600_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3600_000;
/** How long a password-checked sign-in waits for its code. */
export const CODE_TIMEOUT_MS = 5 * 60_000;

export type SessionOrganizer = Pick<Organizer, 'id' | 'email' | 'name' | 'role' | 'mustChangePassword'> & {
  /** Signed in with a code as well as the password. */
  secondFactor: boolean;
  /** Passport data needs a second factor this session was not signed in with. */
  needsSecondFactor: boolean;
  /** Security settings need a session signed in with a code: some administrator has a second factor and this session has none. */
  needsStepUp: boolean;
  /** A co-host's assigned events (see lib/permissions `eventScope`); absent for every other role. */
  eventIds?: string[];
};

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against a real hash for unknown accounts keeps the answer time the same either way.
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

export type SignInResult =
  | { kind: 'ok'; token: string; role: Organizer['role']; mustChangePassword: boolean }
  | { kind: 'code'; challenge: string }
  | { kind: 'invalid' }
  /** The code step came too late (or its challenge is unknown): start again with the password. */
  | { kind: 'expired' }
  | { kind: 'locked'; retryAfterSeconds: number };

export async function openSession(db: Database, organizerId: string, kind: { awaitingSecondFactor: boolean; secondFactor: boolean }) {
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    idHash: hashToken(token),
    organizerId,
    expiresAt: new Date(Date.now() + (kind.awaitingSecondFactor ? CODE_TIMEOUT_MS : ABSOLUTE_TIMEOUT_MS)),
    ...kind,
  });
  return token;
}

/**
 * The password step. An account with a second factor gets a short-lived challenge instead of a session.
 * The password is always checked (against a dummy hash for unknown addresses) before the slow-down is
 * consulted, and the slow-down is kept per typed address whether or not an account has it: an unknown
 * address, a wrong password and a slowed-down account cost the same time, and the last two answer alike
 * for known and unknown addresses.
 */
export async function signIn(db: Database, email: string, password: string, attempt: Attempt = {}): Promise<SignInResult> {
  const [account] = await db.select().from(organizers).where(eq(organizers.email, email.trim().toLowerCase()));
  const ok = await argon2.verify(account?.passwordHash ?? (await dummyHash), password).catch(() => false);
  const wait = await throttleWait(db, email, attempt);
  if (wait > 0) return { kind: 'locked', retryAfterSeconds: wait };
  if (!account || account.disabledAt || !ok) {
    await recordFailure(db, email, attempt);
    return { kind: 'invalid' };
  }
  if (account.totpEnabledAt) {
    return { kind: 'code', challenge: await openSession(db, account.id, { awaitingSecondFactor: true, secondFactor: false }) };
  }
  await clearFailures(db, email, attempt);
  return {
    kind: 'ok',
    role: account.role,
    mustChangePassword: account.mustChangePassword,
    token: await openSession(db, account.id, { awaitingSecondFactor: false, secondFactor: false }),
  };
}

/** The code step: the challenge is spent either way on success; a wrong code counts as a failed sign-in. */
export async function completeSignIn(db: Database, challenge: string, code: string, attempt: Attempt = {}): Promise<SignInResult> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(challenge)) return { kind: 'expired' };
  const [row] = await db
    .select({ account: organizers })
    .from(sessions)
    .innerJoin(organizers, eq(organizers.id, sessions.organizerId))
    .where(and(eq(sessions.idHash, hashToken(challenge)), eq(sessions.awaitingSecondFactor, true), gt(sessions.expiresAt, sql`now()`)));
  if (!row || row.account.disabledAt || !row.account.totpSecretSealed || !row.account.totpEnabledAt) return { kind: 'expired' };
  const { account } = row;
  const wait = await throttleWait(db, account.email, attempt);
  if (wait > 0) return { kind: 'locked', retryAfterSeconds: wait };
  if (!(await acceptCode(db, account.id, account.totpSecretSealed!, code.replace(/\s/g, '')))) {
    await recordFailure(db, account.email, attempt);
    return { kind: 'code', challenge };
  }
  await endSession(db, challenge);
  await clearFailures(db, account.email, attempt);
  return {
    kind: 'ok',
    role: account.role,
    mustChangePassword: account.mustChangePassword,
    token: await openSession(db, account.id, { awaitingSecondFactor: false, secondFactor: true }),
  };
}

/** The organizer behind a session cookie, if the session is alive (absolute and idle timeouts). */
export async function sessionOrganizer(db: Database, token: string): Promise<SessionOrganizer | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const idHash = hashToken(token);
  const idleSince = new Date(Date.now() - IDLE_TIMEOUT_MS);
  const [row] = await db
    .select({
      organizer: organizers,
      lastSeenAt: sessions.lastSeenAt,
      secondFactor: sessions.secondFactor,
      required: sql<boolean>`coalesce((select ${portalSettings.requireSecondFactorForPassports} from ${portalSettings}), false)`,
      anyAdminFactor: sql<boolean>`exists (select 1 from ${organizers} where ${and(eq(organizers.role, 'admin'), isNotNull(organizers.totpEnabledAt), isNull(organizers.disabledAt))})`,
    })
    .from(sessions)
    .innerJoin(organizers, eq(organizers.id, sessions.organizerId))
    .where(and(eq(sessions.idHash, idHash), eq(sessions.awaitingSecondFactor, false), gt(sessions.expiresAt, sql`now()`), gt(sessions.lastSeenAt, idleSince)));
  if (!row || row.organizer.disabledAt) return null;
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
  }
  const { id, email, name, role, mustChangePassword } = row.organizer;
  return {
    id,
    email,
    name,
    role,
    mustChangePassword,
    secondFactor: row.secondFactor,
    ...(role === 'cohost' ? { eventIds: await coHostEventIds(db, id) } : {}),
    needsSecondFactor: row.required && !row.secondFactor,
    needsStepUp: row.anyAdminFactor && !row.secondFactor,
  };
}

export async function endSession(db: Database, token: string) {
  await db.delete(sessions).where(eq(sessions.idHash, hashToken(token)));
}

/** Run hourly by the jobs scheduler (#14 §6.9): expired sessions would otherwise stay for ever. */
export async function purgeExpiredSessions(db: Database, now = new Date()) {
  const gone = await db.delete(sessions).where(lt(sessions.expiresAt, now)).returning({ id: sessions.idHash });
  return gone.length;
}

type NewOrganizer = { email: string; name: string; role: Organizer['role']; mustChangePassword?: boolean };

/** An account without an audit entry (seed, first admin, scripts); the back office uses createAccount in ./accounts. */
export async function createOrganizer(db: Database, data: NewOrganizer & { password: string }) {
  return insertOrganizer(db, data, await hashPassword(data.password));
}

/** The row itself, with the password already hashed (so no transaction waits on the hash). Null when the address is taken. */
export async function insertOrganizer(db: Database, data: NewOrganizer, passwordHash: string) {
  const [row] = await db
    .insert(organizers)
    .values({
      email: data.email.trim().toLowerCase(),
      name: data.name,
      role: data.role,
      mustChangePassword: data.mustChangePassword ?? false,
      passwordHash,
    })
    .onConflictDoNothing()
    .returning({ id: organizers.id });
  return row?.id ?? null;
}
