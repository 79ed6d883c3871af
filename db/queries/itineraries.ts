import { and, eq, exists, inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { registrationVisits, registrations } from '@/db/schema';
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
