import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { accessCodes, events, registrations } from '@/db/schema';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import { type AccessCodeProblem, newAccessCode, normalizeAccessCode, wellFormedCode } from '@/lib/access-code';
import { recordAudit } from './audit';

const ACTIVE = sql.raw(`(${ACTIVE_REGISTRATION_STATUSES.map((s) => `'${s}'`).join(', ')})`);
/** Registrations that hold a place on a code's quota: every active one (a wait-listed delegate still holds the invitation). */
// Qualified by hand: drizzle leaves a one-table select's own columns unqualified, which the subquery would read as r.id.
const used = sql<number>`(select count(*) from ${registrations} r where r.access_code_id = "access_codes"."id" and r.status in ${ACTIVE})`.mapWith(Number);

export type CodeClaim = { ok: true; id: string } | { ok: false; problem: AccessCodeProblem };

/**
 * Check a code for `size` new registrations (1, or a whole delegation) and lock its row. Call it inside the
 * registering transaction, under the event lock, and insert the registrations with `accessCodeId` before
 * committing: the count and the insert then happen as one, so concurrent registrations never pass the quota.
 */
export async function claimAccessCode(tx: Database, eventId: string, raw: string | undefined, size = 1): Promise<CodeClaim> {
  const code = normalizeAccessCode(raw ?? '');
  if (!code) return { ok: false, problem: 'required' };
  if (!wellFormedCode(code)) return { ok: false, problem: 'invalid' };
  const [row] = await tx
    .select({ id: accessCodes.id, revokedAt: accessCodes.revokedAt, quota: accessCodes.quota, max: accessCodes.maxDelegationSize, used })
    .from(accessCodes)
    .where(and(eq(accessCodes.code, code), eq(accessCodes.eventId, eventId)))
    .for('update', { of: accessCodes });
  if (!row) return { ok: false, problem: 'invalid' };
  if (row.revokedAt) return { ok: false, problem: 'revoked' };
  if (row.max !== null && size > row.max) return { ok: false, problem: 'tooLarge' };
  if (row.used + size > row.quota) return { ok: false, problem: 'exhausted' };
  return { ok: true, id: row.id };
}

/** A new code for one invited organization; codes are random, so a clash is retried rather than reported. */
export async function issueAccessCode(
  db: Database,
  actorId: string,
  input: { eventId: string; organization: string; quota: number; maxDelegationSize: number | null },
) {
  const [event] = await db.select({ id: events.id }).from(events).where(eq(events.id, input.eventId));
  if (!event) return null;
  for (let attempt = 0; attempt < 5; attempt++) {
    const [row] = await db
      .insert(accessCodes)
      .values({ ...input, code: newAccessCode(), createdBy: actorId })
      .onConflictDoNothing()
      .returning();
    if (!row) continue;
    await recordAudit(db, {
      actorId,
      action: 'accessCode.issue',
      entityType: 'event',
      entityId: input.eventId,
      after: { organization: row.organization, quota: row.quota, maxDelegationSize: row.maxDelegationSize },
    });
    return row;
  }
  throw new Error('no free access code after 5 attempts');
}

/** Revoking keeps the registrations already made with the code; it only stops new ones. */
export async function revokeAccessCode(db: Database, actorId: string, eventId: string, id: string) {
  const [row] = await db
    .update(accessCodes)
    .set({ revokedAt: new Date() })
    .where(and(eq(accessCodes.id, id), eq(accessCodes.eventId, eventId), sql`${accessCodes.revokedAt} is null`))
    .returning();
  if (row) await recordAudit(db, { actorId, action: 'accessCode.revoke', entityType: 'event', entityId: eventId, after: { organization: row.organization } });
  return Boolean(row);
}

/** The organizer's list: every code of the event with how many places it has used. */
export async function listAccessCodes(db: Database, eventId: string) {
  return db
    .select({
      id: accessCodes.id,
      code: accessCodes.code,
      organization: accessCodes.organization,
      quota: accessCodes.quota,
      maxDelegationSize: accessCodes.maxDelegationSize,
      revokedAt: accessCodes.revokedAt,
      createdAt: accessCodes.createdAt,
      used,
    })
    .from(accessCodes)
    .where(eq(accessCodes.eventId, eventId))
    .orderBy(desc(accessCodes.createdAt));
}
