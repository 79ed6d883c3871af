import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventTranslations, events, itineraryStops, programItems, registrationVisits, registrations, visits } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { type EVENT_KINDS } from '@/lib/domain';
import { pickRow, pickText, type Shown } from '@/lib/localized';
import { registrationState, type RegistrationState } from '@/lib/registration-state';

type EventKind = (typeof EVENT_KINDS)[number];

interface EventText {
  lang: Locale;
  title: string;
  theme: string | null;
  summary: string;
  body: string;
  city: string;
  venueName: string;
  venueAddress: string;
  coHosts: string[];
  reportHeadline: string | null;
  report: string | null;
  reportFigures: { label: string; value: string }[] | null;
}

export interface EventCard {
  slug: string;
  kind: EventKind;
  status: 'published' | 'cancelled';
  startsAt: string;
  endsAt: string;
  timeZone: string;
  isPast: boolean;
  text: EventText;
  registration: RegistrationState;
}

const seatHolding = ['confirmed', 'pending'] as const;

/** What a card and the full page both say of an event row: when, where in time, and whether it is over. */
function eventBasics(e: typeof events.$inferSelect, now: Date) {
  return {
    slug: e.slug,
    kind: e.kind,
    status: e.status as EventCard['status'],
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    timeZone: e.timeZone,
    isPast: e.endsAt < now,
  };
}

/** Published and cancelled events (never drafts), upcoming first by date, then past newest first. */
export async function loadEventCards(db: Database, locale: Locale): Promise<EventCard[]> {
  const rows = await db
    .select()
    .from(events)
    .where(inArray(events.status, ['published', 'cancelled']))
    .orderBy(asc(events.startsAt));
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [translations, taken] = await Promise.all([
    db
      .select()
      .from(eventTranslations)
      .where(and(inArray(eventTranslations.eventId, ids), publishedTranslation)),
    seatsTakenByEvent(db, ids),
  ]);
  const now = new Date();
  const cards = rows.map((e): EventCard => {
    const text = pickRow(
      translations.filter((t) => t.eventId === e.id),
      locale,
      e.sourceLocale,
    );
    return {
      ...eventBasics(e, now),
      text: toText(text!),
      registration: registrationState({ ...e, seatsTaken: taken.get(e.id) ?? 0 }, now),
    };
  });
  return [...cards.filter((c) => !c.isPast), ...cards.filter((c) => c.isPast).reverse()];
}

async function seatsTakenByEvent(db: Database, eventIds: string[]) {
  const rows = await db
    .select({ eventId: registrations.eventId, n: count() })
    .from(registrations)
    .where(and(inArray(registrations.eventId, eventIds), inArray(registrations.status, seatHolding)))
    .groupBy(registrations.eventId);
  return new Map(rows.map((r) => [r.eventId, r.n]));
}

/**
 * A translation the public reads: title, summary, city and venue all written. One with only some of them
 * (a title-only start) is a draft the editor keeps; readers get the source language instead (#18 U4).
 */
export const publishedTranslation = sql`${eventTranslations.summary} <> '' and ${eventTranslations.city} <> '' and ${eventTranslations.venueName} <> ''`;

function toText(t: typeof eventTranslations.$inferSelect): EventText {
  return {
    lang: t.locale,
    title: t.title,
    theme: t.theme,
    summary: t.summary,
    body: t.body,
    city: t.city,
    venueName: t.venueName,
    venueAddress: t.venueAddress,
    coHosts: t.coHosts,
    reportHeadline: t.reportHeadline,
    report: t.report,
    reportFigures: t.reportFigures,
  };
}

export interface EventPage extends EventCard {
  latitude: string | null;
  longitude: string | null;
  capacity: number | null;
  approvalMode: 'automatic' | 'organizer';
  /** Registration needs an access code; the code itself is checked only when the form is sent. */
  inviteOnly: boolean;
  translatedLocales: Locale[];
  program: { startsAt: string; endsAt: string | null; title: Shown; speaker: Shown | null; room: Shown | null }[];
  visits: VisitView[];
}

interface VisitView {
  id: string;
  startsAt: string;
  endsAt: string;
  capacity: number | null;
  seatsLeft: number | null;
  title: Shown;
  description: Shown | null;
  meetingPoint: Shown | null;
  transport: Shown | null;
  stops: { at: string; place: Shown; activity: Shown | null }[];
}

export async function loadEventPage(db: Database, slug: string, locale: Locale): Promise<EventPage | null> {
  const [e] = await db
    .select()
    .from(events)
    .where(and(eq(events.slug, slug), inArray(events.status, ['published', 'cancelled'])));
  if (!e) return null;
  const [translations, program, visitRows, taken] = await Promise.all([
    db
      .select()
      .from(eventTranslations)
      .where(and(eq(eventTranslations.eventId, e.id), publishedTranslation)),
    db.select().from(programItems).where(eq(programItems.eventId, e.id)).orderBy(asc(programItems.startsAt)),
    loadVisits(db, e.id, locale, e.sourceLocale),
    seatsTakenByEvent(db, [e.id]),
  ]);
  const src = e.sourceLocale;
  const now = new Date();
  return {
    ...eventBasics(e, now),
    latitude: e.latitude,
    longitude: e.longitude,
    capacity: e.capacity,
    approvalMode: e.approvalMode,
    inviteOnly: e.inviteOnly,
    text: toText(pickRow(translations, locale, src)!),
    translatedLocales: translations.map((t) => t.locale),
    registration: registrationState({ ...e, seatsTaken: taken.get(e.id) ?? 0 }, now),
    program: program.map((p) => ({
      startsAt: p.startsAt.toISOString(),
      endsAt: p.endsAt?.toISOString() ?? null,
      title: pickText(p.title, locale, src)!,
      speaker: pickText(p.speaker, locale, src),
      room: pickText(p.room, locale, src),
    })),
    visits: visitRows,
  };
}

/** An event's visits with their titles in every language, for labels (the export's visit columns, a delegate's visits). */
export function visitTitles(db: Database, eventId: string) {
  return db.select({ id: visits.id, title: visits.title }).from(visits).where(eq(visits.eventId, eventId));
}

async function loadVisits(db: Database, eventId: string, locale: Locale, src: Locale): Promise<VisitView[]> {
  const rows = await db.select().from(visits).where(eq(visits.eventId, eventId)).orderBy(asc(visits.position));
  if (rows.length === 0) return [];
  const ids = rows.map((v) => v.id);
  const [stops, taken] = await Promise.all([
    db.select().from(itineraryStops).where(inArray(itineraryStops.visitId, ids)).orderBy(asc(itineraryStops.visitId), asc(itineraryStops.position)),
    db
      .select({ visitId: registrationVisits.visitId, n: count() })
      .from(registrationVisits)
      .where(and(inArray(registrationVisits.visitId, ids), eq(registrationVisits.status, 'confirmed')))
      .groupBy(registrationVisits.visitId),
  ]);
  return rows.map((v) => {
    const used = taken.find((t) => t.visitId === v.id)?.n ?? 0;
    return {
      id: v.id,
      startsAt: v.startsAt.toISOString(),
      endsAt: v.endsAt.toISOString(),
      capacity: v.capacity,
      seatsLeft: v.capacity === null ? null : Math.max(0, v.capacity - used),
      title: pickText(v.title, locale, src)!,
      description: pickText(v.description, locale, src),
      meetingPoint: pickText(v.meetingPoint, locale, src),
      transport: pickText(v.transport, locale, src),
      stops: stops
        .filter((s) => s.visitId === v.id)
        .map((s) => ({
          at: s.at.toISOString(),
          place: pickText(s.place, locale, src)!,
          activity: pickText(s.activity, locale, src),
        })),
    };
  });
}

/** Slugs and last change of every public event, for the sitemap. */
export async function loadSitemapEntries(db: Database) {
  return db
    .select({ slug: events.slug, updatedAt: events.updatedAt })
    .from(events)
    .where(inArray(events.status, ['published', 'cancelled']))
    .orderBy(desc(events.startsAt));
}
