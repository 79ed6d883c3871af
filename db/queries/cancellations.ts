import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { registrationVisits, registrations, type Visit } from '@/db/schema';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import { enqueueEmails } from './outbox';

/** One cancellation e-mail per active registrant, in their own language. The caller holds the event lock. */
export async function notifyEventCancelled(tx: Database, eventId: string) {
  const active = await tx
    .select({ id: registrations.id, locale: registrations.locale, email: registrations.email })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)));
  await enqueueEmails(
    tx,
    active.map((r) => ({ kind: 'eventCancelled', registrationId: r.id, locale: r.locale, to: r.email })),
  );
  return active.length;
}

/**
 * A visit the organizers remove: each active delegate on it (seat or wait list) is told, with what the
 * e-mail needs of the visit kept in the payload, and their place on it is released. The caller holds the
 * event lock and deletes the visit afterwards.
 */
export async function notifyVisitCancelled(tx: Database, visit: Pick<Visit, 'id' | 'title' | 'startsAt' | 'endsAt'>) {
  const onVisit = await tx
    .select({ id: registrations.id, locale: registrations.locale, email: registrations.email })
    .from(registrationVisits)
    .innerJoin(registrations, eq(registrations.id, registrationVisits.registrationId))
    .where(and(eq(registrationVisits.visitId, visit.id), inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)));
  const payload = { visit: { id: visit.id, title: visit.title, startsAt: visit.startsAt.toISOString(), endsAt: visit.endsAt.toISOString() } };
  await enqueueEmails(
    tx,
    onVisit.map((r) => ({ kind: 'visitCancelled', registrationId: r.id, locale: r.locale, to: r.email, payload })),
  );
  await tx.delete(registrationVisits).where(eq(registrationVisits.visitId, visit.id));
  return onVisit.length;
}

/** How many delegates cancelling the event would write to (the confirmation names the number). */
export async function activeRegistrationCount(db: Database, eventId: string) {
  return db.$count(registrations, and(eq(registrations.eventId, eventId), inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)));
}
