import { and, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { outboundEmails, registrationVisits, registrations } from '@/db/schema';
import { enqueueEmail } from './outbox';
import { SEAT_HOLDING } from '@/lib/domain';

/**
 * Queue a personal itinerary for every delegate of an event who holds a seat and is on at least one
 * visit (or for one delegate, or for the delegates of the given visits — one e-mail each, however many
 * of their visits are among them). `update` marks a re-send after visits changed.
 */
export async function queueItineraries(db: Database, eventId: string, options: { registrationId?: string; visitIds?: string[]; update?: boolean; batch?: string } = {}) {
  return db.transaction(async (txRaw) => {
    const tx = txRaw as unknown as Database;
    const onVisit = tx.select({ one: registrationVisits.registrationId }).from(registrationVisits)
      .where(and(
        eq(registrationVisits.registrationId, registrations.id),
        options.visitIds ? inArray(registrationVisits.visitId, options.visitIds) : undefined,
      ));
    const rows = await tx.select({ id: registrations.id, email: registrations.email, locale: registrations.locale })
      .from(registrations)
      .where(and(
        eq(registrations.eventId, eventId),
        inArray(registrations.status, SEAT_HOLDING),
        options.registrationId ? eq(registrations.id, options.registrationId) : undefined,
        exists(onVisit),
      ));
    for (const r of rows) {
      await enqueueEmail(tx, { kind: 'itinerary', registrationId: r.id, locale: r.locale, to: r.email, payload: { update: Boolean(options.update), ...(options.batch ? { batch: options.batch } : {}) } });
    }
    return rows.length;
  });
}

/**
 * A delegate's visits changed (their own change or an organizer's correction): a fresh itinerary, as after
 * an organizer changes a visit — only for a delegate who holds a seat and is still on a visit. Marked as an
 * update when an itinerary went out before. The caller's transaction holds the event lock.
 */
export async function queueItineraryAfterVisitChange(tx: Database, registrationId: string) {
  const [row] = await tx.select({
    email: registrations.email, locale: registrations.locale, status: registrations.status,
    onVisit: sql<boolean>`exists (select 1 from ${registrationVisits} rv where rv.registration_id = ${registrationId})`,
    hadItinerary: sql<boolean>`exists (select 1 from ${outboundEmails} o where o.registration_id = ${registrationId} and o.kind = 'itinerary')`,
  }).from(registrations).where(eq(registrations.id, registrationId));
  if (!row || !row.onVisit || !SEAT_HOLDING.includes(row.status as never)) return false;
  await enqueueEmail(tx, { kind: 'itinerary', registrationId, locale: row.locale, to: row.email, payload: { update: Boolean(row.hadItinerary) } });
  return true;
}

/** How many delegates "send itineraries" would write to: for the whole event, and for each visit (the confirmation says so). */
export async function itineraryRecipients(db: Database, eventId: string) {
  const rows = await db.select({ visitId: registrationVisits.visitId, n: sql<number>`count(distinct ${registrations.id})`.mapWith(Number) })
    .from(registrations).innerJoin(registrationVisits, eq(registrationVisits.registrationId, registrations.id))
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, SEAT_HOLDING)))
    .groupBy(registrationVisits.visitId);
  const [all] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(registrations)
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, SEAT_HOLDING), exists(
      db.select({ one: registrationVisits.registrationId }).from(registrationVisits).where(eq(registrationVisits.registrationId, registrations.id)))));
  return { all: all?.n ?? 0, byVisit: Object.fromEntries(rows.map((r) => [r.visitId, r.n])) as Record<string, number> };
}
