import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { delegations, events, registrations } from '@/db/schema';
import { fullName } from '@/lib/names';
import { recordAudit } from './audit';
import { delegationMembers } from './delegations';
import { enqueueEmail } from './outbox';

const counted = (status: string) => sql<number>`count(*) filter (where ${registrations.status} = ${status})`.mapWith(Number);

/** The delegations of an event with their size by status, for the back office's list. */
export async function listDelegations(db: Database, eventId: string) {
  const rows = await db
    .select({
      id: delegations.id,
      name: delegations.name,
      organization: delegations.organization,
      country: delegations.country,
      headRegistrationId: delegations.headRegistrationId,
      cancelledAt: delegations.cancelledAt,
      createdAt: delegations.createdAt,
      confirmed: counted('confirmed'),
      pending: counted('pending'),
      waitlisted: counted('waitlisted'),
      cancelled: sql<number>`count(*) filter (where ${registrations.status} in ('cancelled', 'rejected'))`.mapWith(Number),
      checkedIn: sql<number>`count(${registrations.checkedInAt})`.mapWith(Number),
    })
    .from(delegations)
    .leftJoin(registrations, eq(registrations.delegationId, delegations.id))
    .where(eq(delegations.eventId, eventId))
    .groupBy(delegations.id)
    .orderBy(asc(delegations.createdAt));
  const members = await Promise.all(rows.map((r) => delegationMembers(db, r.id, r.headRegistrationId)));
  return rows.map((r, i) => {
    const head = members[i]!.find((m) => m.isHead);
    return { ...r, size: r.confirmed + r.pending + r.waitlisted, headName: head ? fullName(head) : '', members: members[i]! };
  });
}

/**
 * Approve a delegation as a unit: every pending member among `memberIds` (the organizer unticks the
 * exceptions). Pending members already hold their seats, so nothing can oversell; one transaction.
 */
export async function approveDelegation(db: Database, actorId: string, delegationId: string, memberIds: string[]) {
  return db.transaction(async (tx) => {
    const [d] = await tx.select().from(delegations).where(eq(delegations.id, delegationId));
    if (!d || memberIds.length === 0) return 0;
    await tx.select({ id: events.id }).from(events).where(eq(events.id, d.eventId)).for('update');
    const approved = await tx
      .update(registrations)
      .set({ status: 'confirmed', updatedAt: new Date() })
      .where(and(eq(registrations.delegationId, d.id), inArray(registrations.id, memberIds), eq(registrations.status, 'pending')))
      .returning();
    // Members with an address of their own hear it in their language; the head gets the summary of all.
    for (const r of approved) {
      if (!r.emailFromHead && r.id !== d.headRegistrationId) {
        await enqueueEmail(tx, { kind: 'approved', registrationId: r.id, locale: r.locale, to: r.email, payload: { status: 'confirmed' } });
      }
    }
    const [head] = d.headRegistrationId ? await tx.select().from(registrations).where(eq(registrations.id, d.headRegistrationId)) : [];
    if (head && approved.length > 0)
      await enqueueEmail(tx, { kind: 'delegationSummary', registrationId: head.id, locale: head.locale, to: head.email, payload: { update: true } });
    await recordAudit(tx, {
      actorId,
      action: 'delegation.approve',
      entityType: 'delegation',
      entityId: d.id,
      after: { approved: approved.map((r) => r.reference) },
    });
    return approved.length;
  });
}

/** Check in the members present (ticked by door staff) in one action: confirmed ones not yet checked in; one transaction with its audit entry. */
export async function checkInDelegation(db: Database, actorId: string, delegationId: string, memberIds: string[]) {
  if (memberIds.length === 0) return 0;
  return db.transaction(async (tx) => {
    const done = await tx
      .update(registrations)
      .set({ checkedInAt: new Date() })
      .where(
        and(
          eq(registrations.delegationId, delegationId),
          inArray(registrations.id, memberIds),
          eq(registrations.status, 'confirmed'),
          isNull(registrations.checkedInAt),
        ),
      )
      .returning({ reference: registrations.reference });
    if (done.length > 0)
      await recordAudit(tx, {
        actorId,
        action: 'delegation.check-in',
        entityType: 'delegation',
        entityId: delegationId,
        after: { checkedIn: done.map((r) => r.reference) },
      });
    return done.length;
  });
}

/** Names only, for the attendee list's filter and an announcement's audience. */
export async function delegationNames(db: Database, eventId: string) {
  return db.select({ id: delegations.id, name: delegations.name }).from(delegations).where(eq(delegations.eventId, eventId)).orderBy(asc(delegations.name));
}
