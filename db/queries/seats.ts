import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { type Event, registrationVisits, registrations, visits } from '@/db/schema';
import { recordAudit } from './audit';
import { enqueueEmail } from './outbox';
import { SEAT_HOLDING } from '@/lib/domain';

export async function eventSeatsTaken(tx: Database, eventId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, SEAT_HOLDING)));
  return row?.n ?? 0;
}

async function visitSeatsTaken(tx: Database, visitId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(registrationVisits)
    .where(and(eq(registrationVisits.visitId, visitId), eq(registrationVisits.status, 'confirmed')));
  return row?.n ?? 0;
}

export interface VisitCount {
  id: string;
  capacity: number | null;
  taken: number;
}
export type VisitSeat = { visitId: string; status: 'confirmed' | 'waitlisted' };

/** A seat on each chosen visit that has one left (only for a delegate who holds an event seat), else a wait-list place. */
export const visitSeats = (counts: VisitCount[], holdsEventSeat: boolean): VisitSeat[] =>
  counts.map((visit) => ({
    visitId: visit.id,
    status: holdsEventSeat && (visit.capacity === null || Number(visit.taken) < visit.capacity) ? 'confirmed' : 'waitlisted',
  }));

/**
 * The chosen visits of an event with their confirmed seats, as one JSON column for a query that
 * asks other questions too. Every change to visit seats holds the event row lock, so the caller's
 * lock on the event is what makes the counts current.
 */
export function chosenVisitCounts(eventId: string, visitIds: string[]) {
  if (visitIds.length === 0) return sql<VisitCount[]>`'[]'::json`;
  return sql<VisitCount[]>`(select coalesce(json_agg(json_build_object('id', v.id, 'capacity', v.capacity, 'taken',
    (select count(*) from ${registrationVisits} rv where rv.visit_id = v.id and rv.status = 'confirmed')) order by v.id), '[]'::json)
    from ${visits} v where v.event_id = ${eventId} and v.id in ${visitIds})`;
}

/** Give the chosen visits a seat or a wait-list place. The caller holds the event row lock. */
export async function takeVisitSeats(tx: Database, registrationId: string, eventId: string, visitIds: string[], holdsEventSeat: boolean) {
  const [row] = await tx.select({ visits: chosenVisitCounts(eventId, visitIds) }).from(sql`(select 1) as one`);
  const taken = visitSeats(row!.visits, holdsEventSeat);
  if (taken.length > 0) await tx.insert(registrationVisits).values(taken.map((t) => ({ registrationId, ...t })));
  return taken;
}

/**
 * After seats free up (a cancellation, a rejection, a dropped visit, a raised capacity): promote the first wait-listed
 * delegates, in order of arrival, and queue the e-mail that tells them. The caller holds the event lock.
 */
export async function promoteWaitlisted(tx: Database, event: Event) {
  const promoted: string[] = [];
  if (event.capacity !== null) {
    let free = event.capacity - (await eventSeatsTaken(tx, event.id));
    if (free > 0) {
      const waiting = await tx
        .select()
        .from(registrations)
        .where(and(eq(registrations.eventId, event.id), eq(registrations.status, 'waitlisted')))
        .orderBy(asc(registrations.createdAt), asc(registrations.id))
        .limit(free);
      for (const r of waiting) {
        const status = event.approvalMode === 'organizer' ? 'pending' : 'confirmed';
        await tx.update(registrations).set({ status, updatedAt: new Date() }).where(eq(registrations.id, r.id));
        // Nobody clicked: the portal moved them up, and the history says so (U12).
        await recordAudit(tx, {
          actorId: null,
          action: 'registration.auto-promote',
          entityType: 'registration',
          entityId: r.id,
          before: { status: 'waitlisted' },
          after: { status },
        });
        await enqueueEmail(tx, { kind: 'promoted', registrationId: r.id, locale: r.locale, to: r.email, payload: { status } });
        promoted.push(r.id);
        free--;
      }
    }
  }
  const visitPromoted = await promoteVisitWaitlists(tx, event.id, [...promoted]);
  return { promoted, visitPromoted };
}

/** Visit seats given from each visit's wait list, in order of arrival; returns how many more people (not seats) were seated. */
async function promoteVisitWaitlists(tx: Database, eventId: string, alreadyNotified: string[]) {
  let seated = 0;
  const eventVisits = await tx.select().from(visits).where(eq(visits.eventId, eventId)).orderBy(asc(visits.id)).for('update');
  for (const visit of eventVisits) {
    let free = visit.capacity === null ? Number.MAX_SAFE_INTEGER : visit.capacity - (await visitSeatsTaken(tx, visit.id));
    if (free <= 0) continue;
    const waiting = await tx
      .select({ registrationId: registrationVisits.registrationId, email: registrations.email, locale: registrations.locale })
      .from(registrationVisits)
      .innerJoin(registrations, eq(registrations.id, registrationVisits.registrationId))
      .where(and(eq(registrationVisits.visitId, visit.id), eq(registrationVisits.status, 'waitlisted'), inArray(registrations.status, SEAT_HOLDING)))
      .orderBy(asc(registrationVisits.createdAt), asc(registrationVisits.registrationId));
    for (const w of waiting) {
      if (free <= 0) break;
      await tx
        .update(registrationVisits)
        .set({ status: 'confirmed' })
        .where(and(eq(registrationVisits.registrationId, w.registrationId), eq(registrationVisits.visitId, visit.id)));
      await recordAudit(tx, {
        actorId: null,
        action: 'registration.visit-promote',
        entityType: 'registration',
        entityId: w.registrationId,
        after: { visit: visit.title },
      });
      if (!alreadyNotified.includes(w.registrationId)) {
        await enqueueEmail(tx, { kind: 'changed', registrationId: w.registrationId, locale: w.locale, to: w.email, payload: { visitPromoted: visit.id } });
        alreadyNotified.push(w.registrationId);
        seated++;
      }
      free--;
    }
  }
  return seated;
}
