import { travelOf } from './travel';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { fullName } from '@/lib/names';
import { publishedTranslation } from './events';
import {
  type OutboundEmail,
  delegations,
  eventTranslations,
  events,
  itineraryStops,
  outboundEmails,
  registrationVisits,
  registrations,
  visits,
} from '@/db/schema';
import { pickRow, pickText } from '@/lib/localized';
import type { MailContext, MailVisit } from '@/lib/mail-context';
import type { Locale } from '@/i18n/locales';

/** Claim up to `limit` due messages. SKIP LOCKED: several workers on one PostgreSQL never take the same row. */
export async function claimDueEmails(db: Database, limit: number, leaseMs: number): Promise<OutboundEmail[]> {
  const due = db
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    .where(and(inArray(outboundEmails.status, ['queued', 'sending']), lte(outboundEmails.nextAttemptAt, sql`now()`)))
    .orderBy(asc(outboundEmails.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  // 'sending' rows whose lease ran out belong to a worker that died mid-send; they are due again.
  return db
    .update(outboundEmails)
    .set({ status: 'sending', attempts: sql`${outboundEmails.attempts} + 1`, nextAttemptAt: sql`now() + ${`${leaseMs} milliseconds`}::interval` })
    .where(inArray(outboundEmails.id, due))
    .returning();
}

export async function markSent(db: Database, id: number, rendered: { subject: string; text: string; html: string; raw: string }, providerMessageId: string) {
  await db
    .update(outboundEmails)
    .set({
      status: 'sent',
      sentAt: new Date(),
      providerMessageId,
      lastError: null,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      rawMessage: rendered.raw,
    })
    .where(eq(outboundEmails.id, id));
}

export async function markFailed(db: Database, id: number, error: string, retryAt: Date | null) {
  await db
    .update(outboundEmails)
    .set(retryAt ? { status: 'queued', nextAttemptAt: retryAt, lastError: error } : { status: 'failed', lastError: error })
    .where(eq(outboundEmails.id, id));
}

/** Everything an e-mail to one delegate may show — and nothing from the sealed visa data. */
export async function loadMailContext(db: Database, registrationId: string): Promise<MailContext | null> {
  const [r] = await db.select().from(registrations).where(eq(registrations.id, registrationId));
  if (!r) return null;
  const [e] = await db.select().from(events).where(eq(events.id, r.eventId));
  const translations = await db
    .select()
    .from(eventTranslations)
    .where(and(eq(eventTranslations.eventId, r.eventId), publishedTranslation));
  const text = pickRow(translations, r.locale, e!.sourceLocale)!;
  const src = e!.sourceLocale;
  const delegation = r.delegationId ? await loadMailDelegation(db, r.delegationId, r.id, r.locale, src) : undefined;
  const own = (await mailVisits(db, [r.id], r.locale, src)).get(r.id) ?? [];
  const travel = await travelOf(db, r.id);
  return {
    delegation,
    travel: travel && {
      arrivalDate: travel.arrivalDate,
      arrivalTime: travel.arrivalTime,
      arrivalCarrier: travel.arrivalCarrier,
      arrivalPlace: travel.arrivalPlace,
      departureDate: travel.departureDate,
      departureTime: travel.departureTime,
      departureCarrier: travel.departureCarrier,
      departurePlace: travel.departurePlace,
      pickup: travel.pickup,
      room: travel.room,
      nights: travel.nights,
    },
    registration: {
      id: r.id,
      reference: r.reference,
      status: r.status,
      locale: r.locale,
      tokenVersion: r.tokenVersion,
      honorific: r.honorific,
      familyName: r.familyName,
      givenName: r.givenName,
      patronymic: r.patronymic,
      latinFamilyName: r.latinFamilyName,
      email: r.email,
    },
    event: {
      id: e!.id,
      slug: e!.slug,
      kind: e!.kind,
      status: e!.status,
      startsAt: e!.startsAt.toISOString(),
      endsAt: e!.endsAt.toISOString(),
      timeZone: e!.timeZone,
      title: text.title,
      venueName: text.venueName,
      venueAddress: text.venueAddress,
      city: text.city,
      lang: text.locale,
      contactName: e!.contactName,
      contactPhone: e!.contactPhone,
      contactEmail: e!.contactEmail,
    },
    visits: own,
  };
}

/** Each registration's visits in start order, in the reader's language: registration id → visits. */
async function mailVisits(db: Database, registrationIds: string[], locale: Locale, src: Locale) {
  const chosen =
    registrationIds.length === 0
      ? []
      : await db
          .select({ registrationId: registrationVisits.registrationId, visit: visits, status: registrationVisits.status })
          .from(registrationVisits)
          .innerJoin(visits, eq(visits.id, registrationVisits.visitId))
          .where(inArray(registrationVisits.registrationId, registrationIds))
          .orderBy(asc(visits.startsAt));
  const stops =
    chosen.length === 0
      ? []
      : await db
          .select()
          .from(itineraryStops)
          .where(inArray(itineraryStops.visitId, [...new Set(chosen.map((c) => c.visit.id))]))
          .orderBy(asc(itineraryStops.position));
  const out = new Map<string, MailVisit[]>();
  for (const { registrationId, visit, status } of chosen) {
    out.set(registrationId, [
      ...(out.get(registrationId) ?? []),
      {
        id: visit.id,
        startsAt: visit.startsAt.toISOString(),
        endsAt: visit.endsAt.toISOString(),
        status,
        title: pickText(visit.title, locale, src)!,
        meetingPoint: pickText(visit.meetingPoint, locale, src),
        transport: pickText(visit.transport, locale, src),
        stops: stops
          .filter((s) => s.visitId === visit.id)
          .map((s) => ({
            at: s.at.toISOString(),
            place: pickText(s.place, locale, src)!,
            activity: pickText(s.activity, locale, src),
          })),
      },
    ]);
  }
  return out;
}

async function loadMailDelegation(db: Database, delegationId: string, registrationId: string, locale: Locale, src: Locale): Promise<MailContext['delegation']> {
  const [d] = await db.select().from(delegations).where(eq(delegations.id, delegationId));
  if (!d) return undefined;
  const rows = await db.select().from(registrations).where(eq(registrations.delegationId, d.id)).orderBy(asc(registrations.createdAt), asc(registrations.id));
  const isHead = d.headRegistrationId === registrationId;
  // The head's itinerary roll-up shows each member's visits, in the head's language.
  const chosen = isHead
    ? await mailVisits(
        db,
        rows.map((m) => m.id),
        locale,
        src,
      )
    : new Map<string, MailVisit[]>();
  const members = rows.map((m) => ({
    id: m.id,
    familyName: m.familyName,
    givenName: m.givenName,
    patronymic: m.patronymic,
    latinFamilyName: m.latinFamilyName,
    latinGivenName: m.latinGivenName,
    reference: m.reference,
    status: m.status,
    isHead: m.id === d.headRegistrationId,
    visits: chosen.get(m.id) ?? [],
  }));
  const head = members.find((m) => m.isHead);
  // A member's e-mail names the delegation and its head; only the head's lists the others.
  return { id: d.id, tokenVersion: d.tokenVersion, name: d.name, isHead, headName: head ? fullName(head) : '', members: isHead ? members : [] };
}

/** The e-mail log: newest first, optionally only one status; `eventIds` (a co-host's) keeps only their registrations' e-mails. */
export async function listEmails(db: Database, options: { status?: OutboundEmail['status']; page: number; eventIds?: readonly string[] | null }) {
  const scope = options.eventIds;
  const where = and(
    options.status ? eq(outboundEmails.status, options.status) : undefined,
    scope
      ? inArray(
          outboundEmails.registrationId,
          db
            .select({ id: registrations.id })
            .from(registrations)
            .where(inArray(registrations.eventId, scope.length ? [...scope] : ['00000000-0000-0000-0000-000000000000'])),
        )
      : undefined,
  );
  return db
    .select({
      id: outboundEmails.id,
      kind: outboundEmails.kind,
      toAddress: outboundEmails.toAddress,
      status: outboundEmails.status,
      attempts: outboundEmails.attempts,
      subject: outboundEmails.subject,
      lastError: outboundEmails.lastError,
      createdAt: outboundEmails.createdAt,
      sentAt: outboundEmails.sentAt,
      registrationId: outboundEmails.registrationId,
    })
    .from(outboundEmails)
    .where(where)
    .orderBy(sql`${outboundEmails.id} desc`)
    .limit(100)
    .offset((options.page - 1) * 100);
}

export async function emailById(db: Database, id: number) {
  const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, id));
  return row ?? null;
}
