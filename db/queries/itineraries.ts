import { and, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { delegations, outboundEmails, registrationVisits, registrations } from '@/db/schema';
import { recordAudit } from './audit';
import { enqueueEmail, enqueueEmails } from './outbox';
import { SEAT_HOLDING } from '@/lib/domain';

type ItineraryOptions = { registrationId?: string; visitIds?: string[]; update?: boolean; batch?: string };

/**
 * Queue a personal itinerary for every delegate of an event who holds a seat and is on at least one
 * visit (or for one delegate, or for the delegates of the given visits — one e-mail each, however many
 * of their visits are among them). `update` marks a re-send after visits changed. In a delegation (#15)
 * a member with an address of their own gets theirs; the head gets one roll-up of every member instead of
 * their own and those of members without an address. Returns how many e-mails were queued.
 */
export async function queueItineraries(db: Database, eventId: string, options: ItineraryOptions = {}) {
  return db.transaction((tx) => queueIn(tx, eventId, options));
}

/** An organizer's send from the itineraries page: the e-mails queued and the audit entry that says who sent them, in one transaction. */
export async function sendItineraries(db: Database, actorId: string, eventId: string, options: { registrationId?: string; visitId?: string; batch: string }) {
  return db.transaction(async (tx) => {
    const queued = await queueIn(tx, eventId, {
      visitIds: options.visitId ? [options.visitId] : undefined,
      registrationId: options.registrationId,
      batch: options.batch,
    });
    await recordAudit(tx, {
      actorId,
      action: 'email.itineraries',
      entityType: 'event',
      entityId: eventId,
      after: { queued, visitId: options.visitId ?? null, registrationId: options.registrationId ?? null },
    });
    return queued;
  });
}

async function queueIn(tx: Database, eventId: string, options: ItineraryOptions) {
  const onVisit = tx
    .select({ one: registrationVisits.registrationId })
    .from(registrationVisits)
    .where(and(eq(registrationVisits.registrationId, registrations.id), options.visitIds ? inArray(registrationVisits.visitId, options.visitIds) : undefined));
  const rows = await tx
    .select({
      id: registrations.id,
      email: registrations.email,
      locale: registrations.locale,
      emailFromHead: registrations.emailFromHead,
      headId: delegations.headRegistrationId,
    })
    .from(registrations)
    .leftJoin(delegations, eq(delegations.id, registrations.delegationId))
    .where(
      and(
        eq(registrations.eventId, eventId),
        inArray(registrations.status, SEAT_HOLDING),
        options.registrationId ? eq(registrations.id, options.registrationId) : undefined,
        exists(onVisit),
      ),
    );
  const payload = { update: Boolean(options.update), ...(options.batch ? { batch: options.batch } : {}) };
  const ownAddress = (r: (typeof rows)[number]) => !r.headId || (!r.emailFromHead && r.id !== r.headId);
  const own = rows.filter(ownAddress);
  // One roll-up per delegation touched (a one-delegate send reaches the head only for what lands in their inbox).
  const heads = [...new Set(rows.filter((r) => r.headId && !(options.registrationId && ownAddress(r))).map((r) => r.headId!))];
  const headRows =
    heads.length === 0
      ? []
      : await tx
          .select({ id: registrations.id, email: registrations.email, locale: registrations.locale })
          .from(registrations)
          .where(inArray(registrations.id, heads));
  await enqueueEmails(tx, [
    ...own.map((r) => ({ kind: 'itinerary' as const, registrationId: r.id, locale: r.locale, to: r.email, payload })),
    ...heads
      .flatMap((id) => headRows.filter((h) => h.id === id))
      .map((h) => ({ kind: 'delegationItinerary' as const, registrationId: h.id, locale: h.locale, to: h.email, payload })),
  ]);
  return own.length + heads.length;
}

/**
 * A delegate's visits changed (their own change or an organizer's correction): a fresh itinerary, as after
 * an organizer changes a visit — only for a delegate who holds a seat and is still on a visit. Marked as an
 * update when an itinerary went out before. A head, or a member without an address of their own, changes the
 * head's roll-up instead. The caller's transaction holds the event lock.
 */
export async function queueItineraryAfterVisitChange(tx: Database, registrationId: string) {
  const [row] = await tx
    .select({
      email: registrations.email,
      locale: registrations.locale,
      status: registrations.status,
      emailFromHead: registrations.emailFromHead,
      headId: delegations.headRegistrationId,
      onVisit: sql<boolean>`exists (select 1 from ${registrationVisits} rv where rv.registration_id = ${registrationId})`,
      hadItinerary: sql<boolean>`exists (select 1 from ${outboundEmails} o where o.registration_id = ${registrationId} and o.kind = 'itinerary')`,
    })
    .from(registrations)
    .leftJoin(delegations, eq(delegations.id, registrations.delegationId))
    .where(eq(registrations.id, registrationId));
  if (!row || !row.onVisit || !SEAT_HOLDING.includes(row.status as never)) return false;
  if (row.headId && (row.emailFromHead || row.headId === registrationId)) {
    await queueRollUp(tx, row.headId, { update: true });
    return true;
  }
  await enqueueEmail(tx, { kind: 'itinerary', registrationId, locale: row.locale, to: row.email, payload: { update: Boolean(row.hadItinerary) } });
  return true;
}

/** How many delegates "send itineraries" would write to: for the whole event, and for each visit (the confirmation says so). */
export async function itineraryRecipients(db: Database, eventId: string) {
  const rows = await db
    .select({ visitId: registrationVisits.visitId, n: sql<number>`count(distinct ${registrations.id})`.mapWith(Number) })
    .from(registrations)
    .innerJoin(registrationVisits, eq(registrationVisits.registrationId, registrations.id))
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, SEAT_HOLDING)))
    .groupBy(registrationVisits.visitId);
  const [all] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        inArray(registrations.status, SEAT_HOLDING),
        exists(db.select({ one: registrationVisits.registrationId }).from(registrationVisits).where(eq(registrationVisits.registrationId, registrations.id))),
      ),
    );
  return { all: all?.n ?? 0, byVisit: Object.fromEntries(rows.map((r) => [r.visitId, r.n])) as Record<string, number> };
}

async function queueRollUp(tx: Database, headId: string, payload: Record<string, unknown>) {
  const [head] = await tx.select({ email: registrations.email, locale: registrations.locale }).from(registrations).where(eq(registrations.id, headId));
  if (head) await enqueueEmail(tx, { kind: 'delegationItinerary', registrationId: headId, locale: head.locale, to: head.email, payload });
}
