import { travelOf } from './travel';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { type OutboundEmail, eventTranslations, events, itineraryStops, outboundEmails, registrationVisits, registrations, visits } from '@/db/schema';
import { pickRow, pickText } from '@/lib/localized';
import type { MailContext } from '@/lib/mail-context';

/** Claim up to `limit` due messages. SKIP LOCKED: several workers on one PostgreSQL never take the same row. */
export async function claimDueEmails(db: Database, limit: number, leaseMs: number): Promise<OutboundEmail[]> {
  const due = db.select({ id: outboundEmails.id }).from(outboundEmails)
    .where(and(inArray(outboundEmails.status, ['queued', 'sending']), lte(outboundEmails.nextAttemptAt, sql`now()`)))
    .orderBy(asc(outboundEmails.id)).limit(limit).for('update', { skipLocked: true });
  // 'sending' rows whose lease ran out belong to a worker that died mid-send; they are due again.
  return db.update(outboundEmails)
    .set({ status: 'sending', attempts: sql`${outboundEmails.attempts} + 1`, nextAttemptAt: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
    .where(inArray(outboundEmails.id, due))
    .returning();
}

export async function markSent(db: Database, id: number, rendered: { subject: string; text: string; html: string; raw: string }, providerMessageId: string) {
  await db.update(outboundEmails).set({
    status: 'sent', sentAt: new Date(), providerMessageId, lastError: null,
    subject: rendered.subject, textBody: rendered.text, htmlBody: rendered.html, rawMessage: rendered.raw,
  }).where(eq(outboundEmails.id, id));
}

export async function markFailed(db: Database, id: number, error: string, retryAt: Date | null) {
  await db.update(outboundEmails).set(retryAt
    ? { status: 'queued', nextAttemptAt: retryAt, lastError: error }
    : { status: 'failed', lastError: error }).where(eq(outboundEmails.id, id));
}

/** Everything an e-mail to one delegate may show — and nothing from the sealed visa data. */
export async function loadMailContext(db: Database, registrationId: string): Promise<MailContext | null> {
  const [r] = await db.select().from(registrations).where(eq(registrations.id, registrationId));
  if (!r) return null;
  const [e] = await db.select().from(events).where(eq(events.id, r.eventId));
  const translations = await db.select().from(eventTranslations).where(eq(eventTranslations.eventId, r.eventId));
  const text = pickRow(translations, r.locale, e!.sourceLocale)!;
  const chosen = await db.select({ visit: visits, status: registrationVisits.status }).from(registrationVisits)
    .innerJoin(visits, eq(visits.id, registrationVisits.visitId))
    .where(eq(registrationVisits.registrationId, r.id)).orderBy(asc(visits.startsAt));
  const stops = chosen.length === 0 ? [] : await db.select().from(itineraryStops)
    .where(inArray(itineraryStops.visitId, chosen.map((c) => c.visit.id))).orderBy(asc(itineraryStops.position));
  const src = e!.sourceLocale;
  const travel = await travelOf(db, r.id);
  return {
    travel: travel && {
      arrivalDate: travel.arrivalDate, arrivalTime: travel.arrivalTime, arrivalCarrier: travel.arrivalCarrier, arrivalPlace: travel.arrivalPlace,
      departureDate: travel.departureDate, departureTime: travel.departureTime, departureCarrier: travel.departureCarrier,
      departurePlace: travel.departurePlace, pickup: travel.pickup, room: travel.room, nights: travel.nights,
    },
    registration: {
      id: r.id, reference: r.reference, status: r.status, locale: r.locale, tokenVersion: r.tokenVersion,
      honorific: r.honorific, familyName: r.familyName, givenName: r.givenName, patronymic: r.patronymic, latinFamilyName: r.latinFamilyName, email: r.email,
    },
    event: {
      id: e!.id, slug: e!.slug, kind: e!.kind, status: e!.status, startsAt: e!.startsAt.toISOString(), endsAt: e!.endsAt.toISOString(), timeZone: e!.timeZone,
      title: text.title, venueName: text.venueName, venueAddress: text.venueAddress, city: text.city, lang: text.locale,
      contactName: e!.contactName, contactPhone: e!.contactPhone, contactEmail: e!.contactEmail,
    },
    visits: chosen.map(({ visit, status }) => ({
      id: visit.id,
      startsAt: visit.startsAt.toISOString(),
      endsAt: visit.endsAt.toISOString(),
      status,
      title: pickText(visit.title, r.locale, src)!,
      meetingPoint: pickText(visit.meetingPoint, r.locale, src),
      transport: pickText(visit.transport, r.locale, src),
      stops: stops.filter((s) => s.visitId === visit.id).map((s) => ({
        at: s.at.toISOString(), place: pickText(s.place, r.locale, src)!, activity: pickText(s.activity, r.locale, src),
      })),
    })),
  };
}

/** The e-mail log: newest first, optionally only one status. */
export async function listEmails(db: Database, options: { status?: OutboundEmail['status']; page: number }) {
  const where = options.status ? eq(outboundEmails.status, options.status) : undefined;
  return db.select({
    id: outboundEmails.id, kind: outboundEmails.kind, toAddress: outboundEmails.toAddress, status: outboundEmails.status,
    attempts: outboundEmails.attempts, subject: outboundEmails.subject, lastError: outboundEmails.lastError,
    createdAt: outboundEmails.createdAt, sentAt: outboundEmails.sentAt, registrationId: outboundEmails.registrationId,
  }).from(outboundEmails).where(where).orderBy(sql`${outboundEmails.id} desc`).limit(100).offset((options.page - 1) * 100);
}

export async function emailById(db: Database, id: number) {
  const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, id));
  return row ?? null;
}
