import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventTranslations, events, invitationLetters, letterSettings, registrationVisits, registrations, visits } from '@/db/schema';
import type { Locale, LocalizedText } from '@/i18n/locales';
import type { LetterStatus } from '@/lib/letter-state';
import { pickRow } from '@/lib/localized';
import { recordAudit } from './audit';

export interface LetterFilter {
  eventId?: string;
  country?: string;
  status?: LetterStatus;
  /** The events the reader may see: a co-host's (`eventScope`), or null for every event. */
  scope: readonly string[] | null;
}

/** The organizers' queue: newest requests first, without any passport detail. */
export async function listLetters(db: Database, filter: LetterFilter, locale: Locale) {
  const rows = await db
    .select({
      id: invitationLetters.id,
      status: invitationLetters.status,
      reference: invitationLetters.reference,
      nationality: invitationLetters.nationality,
      requestedAt: invitationLetters.requestedAt,
      issuedAt: invitationLetters.issuedAt,
      registrationId: registrations.id,
      familyName: registrations.familyName,
      givenName: registrations.givenName,
      patronymic: registrations.patronymic,
      latinFamilyName: registrations.latinFamilyName,
      latinGivenName: registrations.latinGivenName,
      delegateLocale: registrations.locale,
      country: registrations.country,
      registrationStatus: registrations.status,
      eventId: events.id,
      sourceLocale: events.sourceLocale,
    })
    .from(invitationLetters)
    .innerJoin(registrations, eq(registrations.id, invitationLetters.registrationId))
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        filter.eventId ? eq(events.id, filter.eventId) : undefined,
        filter.scope ? inArray(events.id, filter.scope) : undefined,
        filter.country ? eq(registrations.country, filter.country) : undefined,
        filter.status ? eq(invitationLetters.status, filter.status) : undefined,
      ),
    )
    .orderBy(desc(invitationLetters.requestedAt))
    .limit(500);
  const titles = await eventTitles(db, [...new Set(rows.map((r) => r.eventId))], locale);
  return rows.map((r) => ({ ...r, eventTitle: titles.get(r.eventId) ?? '' }));
}

/** Event titles in the reader's language (or the event's own), for lists and filters. */
async function eventTitles(db: Database, eventIds: string[], locale: Locale) {
  if (eventIds.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ eventId: eventTranslations.eventId, locale: eventTranslations.locale, title: eventTranslations.title, source: events.sourceLocale })
    .from(eventTranslations)
    .innerJoin(events, eq(events.id, eventTranslations.eventId))
    .where(inArray(eventTranslations.eventId, eventIds));
  return new Map(
    eventIds.map((id) => {
      const own = rows.filter((r) => r.eventId === id);
      return [id, pickRow(own, locale, own[0]?.source ?? 'zh')?.title ?? ''];
    }),
  );
}

/** Every event that has letters, for the queue's filter. */
export async function eventsWithLetters(db: Database, locale: Locale, scope: readonly string[] | null) {
  const ids = await db
    .selectDistinct({ id: registrations.eventId })
    .from(invitationLetters)
    .innerJoin(registrations, eq(registrations.id, invitationLetters.registrationId))
    .where(scope ? inArray(registrations.eventId, scope) : undefined);
  const titles = await eventTitles(
    db,
    ids.map((r) => r.id),
    locale,
  );
  return [...titles].map(([id, title]) => ({ id, title }));
}

/** One letter with its registration and event, for the back office and for rendering. */
export async function letterWithContext(db: Database, letterId: string) {
  const [row] = await db
    .select({ letter: invitationLetters, registration: registrations, event: events })
    .from(invitationLetters)
    .innerJoin(registrations, eq(registrations.id, invitationLetters.registrationId))
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(invitationLetters.id, letterId));
  if (!row) return null;
  const translations = await db.select().from(eventTranslations).where(eq(eventTranslations.eventId, row.event.id));
  const chosen = await db
    .select({ title: visits.title, startsAt: visits.startsAt })
    .from(registrationVisits)
    .innerJoin(visits, eq(visits.id, registrationVisits.visitId))
    .where(and(eq(registrationVisits.registrationId, row.registration.id), eq(registrationVisits.status, 'confirmed')))
    .orderBy(asc(visits.startsAt));
  return { ...row, translations, visits: chosen };
}
export type LetterContext = NonNullable<Awaited<ReturnType<typeof letterWithContext>>>;

/** The letter on a delegate's private page: status, reason, and whether a PDF can be downloaded. */
export async function letterForRegistration(db: Database, registrationId: string) {
  const [row] = await db
    .select({
      id: invitationLetters.id,
      status: invitationLetters.status,
      reason: invitationLetters.reason,
      reference: invitationLetters.reference,
      issuedAt: invitationLetters.issuedAt,
      revision: invitationLetters.revision,
    })
    .from(invitationLetters)
    .where(eq(invitationLetters.registrationId, registrationId));
  return row ?? null;
}

/** What the public verification page may show: never a passport number, a name or a birth date. */
export async function verifyLetter(db: Database, code: string, locale: Locale) {
  const [row] = await db
    .select({
      status: invitationLetters.status,
      initials: invitationLetters.holderInitials,
      nationality: invitationLetters.nationality,
      reference: invitationLetters.reference,
      issuedAt: invitationLetters.issuedAt,
      revokedAt: invitationLetters.revokedAt,
      eventId: events.id,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      sourceLocale: events.sourceLocale,
    })
    .from(invitationLetters)
    .innerJoin(registrations, eq(registrations.id, invitationLetters.registrationId))
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(invitationLetters.verificationCode, code));
  if (!row) return null;
  const translations = await db.select().from(eventTranslations).where(eq(eventTranslations.eventId, row.eventId));
  const text = pickRow(translations, locale, row.sourceLocale);
  return { ...row, title: text?.title ?? '', city: text?.city ?? '', lang: text?.locale ?? row.sourceLocale };
}

export async function loadLetterSettings(db: Database) {
  const [row] = await db.select().from(letterSettings).where(eq(letterSettings.id, 1));
  return row ?? null;
}

export interface LetterSettingsInput {
  signatoryName?: string;
  signatoryTitle?: LocalizedText;
  signature?: { data: string; type: string };
  seal?: { data: string; type: string };
}

/** An administrator's signature, seal and signatory: images are replaced only when a new one is uploaded. */
export async function saveLetterSettings(db: Database, actorId: string, input: LetterSettingsInput) {
  const values = {
    signatoryName: input.signatoryName ?? null,
    signatoryTitle: input.signatoryTitle ?? null,
    updatedAt: new Date(),
    ...(input.signature ? { signatureImage: input.signature.data, signatureType: input.signature.type } : {}),
    ...(input.seal ? { sealImage: input.seal.data, sealType: input.seal.type } : {}),
  };
  await db
    .insert(letterSettings)
    .values({ id: 1, ...values })
    .onConflictDoUpdate({ target: letterSettings.id, set: values });
  await recordAudit(db, {
    actorId,
    action: 'letter.settings',
    entityType: 'settings',
    entityId: 'letters',
    after: { signature: Boolean(input.signature), seal: Boolean(input.seal) },
  });
}
