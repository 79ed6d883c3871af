import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { accessCodes, delegations, type Event, events, registrationVisits, registrations } from '@/db/schema';
import { ACTIVE_REGISTRATION_STATUSES, SEAT_HOLDING } from '@/lib/domain';
import { delegationStatuses } from '@/lib/delegation-seats';
import { acceptsRegistrations, registrationState } from '@/lib/registration-state';
import type { MemberData } from '@/lib/validations/delegation';
import type { TravelData } from '@/lib/validations/travel';
import { memberAsPerson, registrationRow, takenAddresses } from './delegation-register';
import { activeMember, delegationByToken } from './delegations';
import { enqueueEmail } from './outbox';
import { claimAccessCode } from './access-codes';
import { recordAudit } from './audit';
import { formSettings } from './questions';
import { extrasDeadline } from './registration-extras';
import { saveTravel } from './travel';
import { eventSeatsTaken, promoteWaitlisted, takeVisitSeats } from './seats';

export type DelegationChange = { kind: 'ok'; memberId?: string } | { kind: 'not-found' } | { kind: 'closed' } | { kind: 'email-taken' } | { kind: 'noPlaces' };
type Delegation = typeof delegations.$inferSelect;

/** What the head did on their page, as the audit log names it. */
type HeadAction = 'add' | 'visits' | 'travel' | 'cancelMember' | 'cancel';

/**
 * Every change from the head's page: the delegation re-read and the event row locked, as registration does;
 * a change made is audited (no organizer: the head did it) in the same transaction.
 */
async function underLock(
  db: Database,
  token: string,
  change: { action: HeadAction; memberId?: string },
  work: (tx: Database, d: Delegation, event: Event) => Promise<DelegationChange>,
) {
  return db.transaction(async (tx) => {
    const found = await delegationByToken(tx, token);
    if (!found) return { kind: 'not-found' } as const;
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for('update');
    const d = await delegationByToken(tx, token);
    if (!d || !event) return { kind: 'not-found' } as const;
    const result = await work(tx, d, event);
    if (result.kind === 'ok') {
      await recordAudit(tx, {
        actorId: null,
        action: 'delegation.self-change',
        entityType: 'delegation',
        entityId: d.id,
        after: { action: change.action, memberId: result.memberId ?? change.memberId },
      });
    }
    return result;
  });
}

const isOpen = async (tx: Database, event: Event) => acceptsRegistrations(registrationState({ ...event, seatsTaken: await eventSeatsTaken(tx, event.id) }));

/** The head tells the organizers what the delegation looks like now, in their own language. */
async function summaryToHead(tx: Database, d: Delegation, payload: Record<string, unknown>) {
  if (!d.headRegistrationId) return;
  const [head] = await tx.select().from(registrations).where(eq(registrations.id, d.headRegistrationId));
  if (head) await enqueueEmail(tx, { kind: 'delegationSummary', registrationId: head.id, locale: head.locale, to: head.email, payload });
}

async function cancelRows(tx: Database, rows: (typeof registrations.$inferSelect)[], headId?: string | null) {
  if (rows.length === 0) return;
  const now = new Date();
  const ids = rows.map((r) => r.id);
  await tx.update(registrations).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(inArray(registrations.id, ids));
  await tx.delete(registrationVisits).where(inArray(registrationVisits.registrationId, ids));
  // Only members with an address of their own are written to; the head hears it in the summary.
  for (const r of rows)
    if (!r.emailFromHead && r.id !== headId) await enqueueEmail(tx, { kind: 'cancelled', registrationId: r.id, locale: r.locale, to: r.email });
}

export function cancelMember(db: Database, token: string, memberId: string) {
  return underLock(db, token, { action: 'cancelMember', memberId }, async (tx, d, event) => {
    const row = await activeMember(tx, d.id, memberId);
    if (!row || row.id === d.headRegistrationId) return { kind: 'not-found' };
    await cancelRows(tx, [row]);
    await promoteWaitlisted(tx, event);
    await summaryToHead(tx, d, { update: true });
    return { kind: 'ok' };
  });
}

/** The whole delegation: every active member's seats freed, the wait list moves up, the page link stops working. */
export function cancelDelegation(db: Database, token: string) {
  return underLock(db, token, { action: 'cancel' }, async (tx, d, event) => {
    const rows = await tx
      .select()
      .from(registrations)
      .where(and(eq(registrations.delegationId, d.id), inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)));
    await cancelRows(tx, rows, d.headRegistrationId);
    await tx.update(delegations).set({ cancelledAt: new Date() }).where(eq(delegations.id, d.id));
    await promoteWaitlisted(tx, event);
    await summaryToHead(tx, d, { cancelled: true });
    return { kind: 'ok' };
  });
}

/** A member added later takes a seat as anyone arriving now would (or a wait-list place), before the deadline. */
export function addMember(db: Database, token: string, member: MemberData) {
  return underLock(db, token, { action: 'add' }, async (tx, d, event) => {
    if (!(await isOpen(tx, event))) return { kind: 'closed' };
    const [head] = await tx.select().from(registrations).where(eq(registrations.id, d.headRegistrationId!));
    if (!head) return { kind: 'not-found' };
    if ((await takenAddresses(tx, event.id, [member.email])).size > 0) return { kind: 'email-taken' };
    // Invited with a code: the new member takes one more of its places, checked under the same locks.
    if (head.accessCodeId && !(await codeHasPlace(tx, event.id, head.accessCodeId, d.id))) return { kind: 'noPlaces' };
    const taken = await eventSeatsTaken(tx, event.id);
    const [status] = delegationStatuses({
      capacity: event.capacity,
      taken,
      size: 1,
      rule: event.delegationOverflow,
      approval: event.approvalMode === 'organizer',
    });
    const person = memberAsPerson(member, head, d);
    const row = { ...registrationRow(event, person, status!, d.id, new Date()), accessCodeId: head.accessCodeId };
    await tx.insert(registrations).values(row);
    const seats = await takeVisitSeats(tx, row.id, event.id, member.visitIds, SEAT_HOLDING.includes(status as never));
    if (person.own)
      await enqueueEmail(tx, { kind: 'confirmation', registrationId: row.id, locale: row.locale, to: row.email, payload: { status, visits: seats } });
    await summaryToHead(tx, d, { update: true });
    return { kind: 'ok', memberId: row.id };
  });
}

/** The head changes a member's visits: dropped seats passed on, new ones by the seat rules. */
export function changeMemberVisits(db: Database, token: string, memberId: string, visitIds: string[]) {
  return underLock(db, token, { action: 'visits', memberId }, async (tx, d, event) => {
    if (!(await isOpen(tx, event))) return { kind: 'closed' };
    const row = await activeMember(tx, d.id, memberId);
    if (!row) return { kind: 'not-found' };
    const current = await tx.select().from(registrationVisits).where(eq(registrationVisits.registrationId, row.id));
    const wanted = new Set(visitIds);
    const dropped = current.filter((v) => !wanted.has(v.visitId)).map((v) => v.visitId);
    if (dropped.length > 0) {
      await tx.delete(registrationVisits).where(and(eq(registrationVisits.registrationId, row.id), inArray(registrationVisits.visitId, dropped)));
    }
    await takeVisitSeats(
      tx,
      row.id,
      event.id,
      [...wanted].filter((id) => !current.some((v) => v.visitId === id)),
      SEAT_HOLDING.includes(row.status as never),
    );
    await promoteWaitlisted(tx, event);
    await tx
      .update(registrations)
      .set({ updatedAt: sql`now()` })
      .where(eq(registrations.id, row.id));
    if (!row.emailFromHead) await enqueueEmail(tx, { kind: 'changed', registrationId: row.id, locale: row.locale, to: row.email });
    return { kind: 'ok' };
  });
}

/** The head gives a member's arrival and departure (#16): where the event asks, until the member's own deadline. */
export function changeMemberTravel(db: Database, token: string, memberId: string, travel: TravelData) {
  return underLock(db, token, { action: 'travel', memberId }, async (tx, d, event) => {
    if (extrasDeadline(event) <= new Date()) return { kind: 'closed' };
    const row = await activeMember(tx, d.id, memberId);
    if (!row || !(await formSettings(tx, event.id)).asksTravel) return { kind: 'not-found' };
    await saveTravel(tx, row.id, travel);
    await tx
      .update(registrations)
      .set({ updatedAt: sql`now()` })
      .where(eq(registrations.id, row.id));
    return { kind: 'ok', memberId: row.id };
  });
}

/** Whether a delegation's access code has a place for one more member, within its quota and delegation size limit. */
async function codeHasPlace(tx: Database, eventId: string, codeId: string, delegationId: string) {
  const [code] = await tx.select({ code: accessCodes.code, max: accessCodes.maxDelegationSize }).from(accessCodes).where(eq(accessCodes.id, codeId));
  if (!code) return false;
  const members = await tx.$count(
    registrations,
    and(eq(registrations.delegationId, delegationId), inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)),
  );
  if (code.max !== null && members + 1 > code.max) return false;
  return (await claimAccessCode(tx, eventId, code.code, 1)).ok;
}
