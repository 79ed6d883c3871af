import { asc, count, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventTranslations, events, itineraryStops, programItems, registrationVisits, visits } from '@/db/schema';
import { LOCALES, type Locale, type LocalizedText } from '@/i18n/locales';
import { blankEvent, blankTranslation } from '@/lib/event-form';
import { pickRow } from '@/lib/localized';
import type { EventInput } from '@/lib/validations/event';
import { utcToZonedLocal } from '@/lib/zoned-time';
import { isUuid } from '@/lib/ids';

/** An event with everything the editor writes, as stored: for the audit log and for the editor. */
export async function eventSnapshot(db: Database, id: string) {
  const [event] = await db.select().from(events).where(eq(events.id, id));
  if (!event) return null;
  const [translations, program, visitRows] = await Promise.all([
    db.select().from(eventTranslations).where(eq(eventTranslations.eventId, id)).orderBy(asc(eventTranslations.locale)),
    db.select().from(programItems).where(eq(programItems.eventId, id)).orderBy(asc(programItems.startsAt), asc(programItems.id)),
    db.select().from(visits).where(eq(visits.eventId, id)).orderBy(asc(visits.position), asc(visits.startsAt)),
  ]);
  const stops =
    visitRows.length === 0
      ? []
      : await db
          .select()
          .from(itineraryStops)
          .where(
            inArray(
              itineraryStops.visitId,
              visitRows.map((v) => v.id),
            ),
          )
          .orderBy(asc(itineraryStops.position));
  return {
    event,
    translations,
    program,
    visits: visitRows.map((v) => ({ ...v, stops: stops.filter((s) => s.visitId === v.id) })),
  };
}
export type EventSnapshot = NonNullable<Awaited<ReturnType<typeof eventSnapshot>>>;

/** Delegates holding or waiting for a seat on each visit: such visits cannot be removed. */
export async function delegatesByVisit(db: Database, visitIds: string[]) {
  if (visitIds.length === 0) return {};
  const rows = await db
    .select({ visitId: registrationVisits.visitId, n: count() })
    .from(registrationVisits)
    .where(inArray(registrationVisits.visitId, visitIds))
    .groupBy(registrationVisits.visitId);
  return Object.fromEntries(rows.map((r) => [r.visitId, r.n])) as Record<string, number>;
}

const texts = (value: LocalizedText | null | undefined) => Object.fromEntries(LOCALES.map((l) => [l, value?.[l] ?? ''])) as Record<Locale, string>;

/** The editor's starting point for an existing event: wall-clock times in the event's zone, every field a string. */
export async function loadEventEditor(db: Database, id: string, locale: Locale) {
  if (!isUuid(id)) return null;
  const snapshot = await eventSnapshot(db, id);
  if (!snapshot) return null;
  const { event: e, translations, program } = snapshot;
  const zone = e.timeZone;
  const local = (d: Date | null) => (d ? utcToZonedLocal(d, zone) : '');
  const values: EventInput = {
    ...blankEvent(e.sourceLocale),
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    timeZone: zone,
    startsAt: local(e.startsAt),
    endsAt: local(e.endsAt),
    latitude: e.latitude ?? '',
    longitude: e.longitude ?? '',
    capacity: e.capacity === null ? '' : String(e.capacity),
    registrationOpensAt: local(e.registrationOpensAt),
    registrationClosesAt: local(e.registrationClosesAt),
    approvalMode: e.approvalMode,
    inviteOnly: e.inviteOnly,
    delegationOverflow: e.delegationOverflow,
    contactName: e.contactName ?? '',
    contactPhone: e.contactPhone ?? '',
    contactEmail: e.contactEmail ?? '',
    translations: Object.fromEntries(
      LOCALES.map((l) => {
        const t = translations.find((row) => row.locale === l);
        return [
          l,
          !t
            ? blankTranslation()
            : {
                title: t.title,
                theme: t.theme ?? '',
                summary: t.summary,
                body: t.body,
                city: t.city,
                venueName: t.venueName,
                venueAddress: t.venueAddress,
                coHosts: t.coHosts.join('\n'),
                reportHeadline: t.reportHeadline ?? '',
                report: t.report ?? '',
              },
        ];
      }),
    ) as EventInput['translations'],
    program: program.map((p) => ({
      startsAt: local(p.startsAt),
      endsAt: local(p.endsAt),
      title: texts(p.title),
      speaker: texts(p.speaker),
      room: texts(p.room),
    })),
    visits: snapshot.visits.map((v) => ({
      visitId: v.id,
      startsAt: local(v.startsAt),
      endsAt: local(v.endsAt),
      capacity: v.capacity === null ? '' : String(v.capacity),
      title: texts(v.title),
      description: texts(v.description),
      meetingPoint: texts(v.meetingPoint),
      transport: texts(v.transport),
      stops: v.stops.map((s) => ({ at: local(s.at), place: texts(s.place), activity: texts(s.activity) })),
    })),
  };
  const title = pickRow(translations, locale, e.sourceLocale);
  return {
    values,
    status: e.status,
    slug: e.slug,
    title: title?.title ?? e.slug,
    titleLang: title?.locale ?? e.sourceLocale,
    delegates: await delegatesByVisit(
      db,
      snapshot.visits.map((v) => v.id),
    ),
  };
}
