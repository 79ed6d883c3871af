import { and, eq, gt, lt, sql } from 'drizzle-orm';
import argon2 from 'argon2';
import type { Database } from '../client';
import { type Organizer, organizers, sessions } from '../schema';
import { hashToken } from '@/lib/crypto';
import { randomBytes } from 'node:crypto';

export const IDLE_TIMEOUT_MS = 2 * 3600_000;
export const ABSOLUTE_TIMEOUT_MS = 12 * 3600_000;
const FREE_FAILURES = 5;

export type SessionOrganizer = Pick<Organizer, 'id' | 'email' | 'name' | 'role'>;

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

// Verifying against a real hash for unknown accounts keeps the answer time the same either way.
const dummyHash = hashPassword(randomBytes(16).toString('hex'));

export type SignInResult =
  | { kind: 'ok'; token: string; organizer: SessionOrganizer }
  | { kind: 'invalid' }
  | { kind: 'locked'; retryAfterSeconds: number };

/**
 * After five failures an account waits 1, 2, 4 … minutes (at most 15) between tries: slow for a
 * guesser, never a permanent lock-out of the real organizer.
 */
export async function signIn(db: Database, email: string, password: string): Promise<SignInResult> {
  const [account] = await db.select().from(organizers).where(eq(organizers.email, email.trim().toLowerCase()));
  if (account?.lockedUntil && account.lockedUntil > new Date()) {
    return { kind: 'locked', retryAfterSeconds: Math.ceil((account.lockedUntil.getTime() - Date.now()) / 1000) };
  }
  const ok = await argon2.verify(account?.passwordHash ?? (await dummyHash), password).catch(() => false);
  if (!account || account.disabledAt || !ok) {
    if (account) {
      const failures = account.failedSignIns + 1;
      const waitMinutes = failures >= FREE_FAILURES ? Math.min(15, 2 ** (failures - FREE_FAILURES)) : 0;
      await db.update(organizers).set({
        failedSignIns: failures,
        lockedUntil: waitMinutes ? new Date(Date.now() + waitMinutes * 60_000) : null,
      }).where(eq(organizers.id, account.id));
    }
    return { kind: 'invalid' };
  }
  await db.update(organizers).set({ failedSignIns: 0, lockedUntil: null }).where(eq(organizers.id, account.id));
  const token = randomBytes(32).toString('base64url');
  await db.insert(sessions).values({
    idHash: hashToken(token),
    organizerId: account.id,
    expiresAt: new Date(Date.now() + ABSOLUTE_TIMEOUT_MS),
  });
  return { kind: 'ok', token, organizer: { id: account.id, email: account.email, name: account.name, role: account.role } };
}

/** The organizer behind a session cookie, if the session is alive (absolute and idle timeouts). */
export async function sessionOrganizer(db: Database, token: string): Promise<SessionOrganizer | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const idHash = hashToken(token);
  const idleSince = new Date(Date.now() - IDLE_TIMEOUT_MS);
  const [row] = await db.select({ organizer: organizers, lastSeenAt: sessions.lastSeenAt }).from(sessions)
    .innerJoin(organizers, eq(organizers.id, sessions.organizerId))
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, sql`now()`), gt(sessions.lastSeenAt, idleSince)));
  if (!row || row.organizer.disabledAt) return null;
  if (Date.now() - row.lastSeenAt.getTime() > 60_000) {
    await db.update(sessions).set({ lastSeenAt: new Date() }).where(eq(sessions.idHash, idHash));
  }
  const { id, email, name, role } = row.organizer;
  return { id, email, name, role };
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
