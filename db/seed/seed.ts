import { count } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { LOCALES } from '@/i18n/locales';
import { eventQuestions, eventTranslations, events, itineraryStops, programItems, visits } from '@/db/schema';
import { sampleEvents } from './sample-events';
import { createOrganizer } from '@/db/queries/auth';
import type { SeedEvent } from './types';

/** Demo accounts, only with DEMO=1 (`npm run demo`) or `db:seed -- --demo-accounts`; never in production on PostgreSQL. */
export const DEMO_PASSWORD = 'demo-portal-2026';
export const DEMO_ACCOUNTS = [
  { email: 'admin@example.org', name: 'Demo Admin', role: 'admin' },
  { email: 'organizer@example.org', name: 'Demo Organizer', role: 'organizer' },
  { email: 'checkin@example.org', name: 'Door Staff', role: 'checkin' },
] as const;

/** The embedded default seeds itself on first start; PostgreSQL is seeded by `npm run db:seed`. */
export async function seedIfEmpty(db: Database) {
  const [row] = await db.select({ n: count() }).from(events);
  if (row && row.n > 0) return false;
  await seedSampleData(db);
  return true;
}

export async function createDemoAccounts(db: Database) {
  for (const account of DEMO_ACCOUNTS) await createOrganizer(db, { ...account, password: DEMO_PASSWORD });
}

async function seedSampleData(db: Database) {
  await db.transaction(async (tx) => {
    for (const event of sampleEvents) await insertEvent(tx, event);
  });
}

export async function insertEvent(db: Database, seed: SeedEvent) {
  const date = (iso?: string) => (iso ? new Date(iso) : undefined);
  const [event] = await db
    .insert(events)
    .values({
      slug: seed.slug,
      kind: seed.kind,
      status: seed.status,
      startsAt: new Date(seed.startsAt),
      endsAt: new Date(seed.endsAt),
      timeZone: seed.timeZone,
      latitude: seed.latitude,
      longitude: seed.longitude,
      capacity: seed.capacity,
      registrationOpensAt: date(seed.registrationOpensAt),
      registrationClosesAt: date(seed.registrationClosesAt),
      approvalMode: seed.approvalMode,
      sourceLocale: seed.sourceLocale,
      contactName: seed.contact?.name,
      contactPhone: seed.contact?.phone,
      contactEmail: seed.contact?.email,
    })
    .returning({ id: events.id });
  const eventId = event!.id;

  await db.insert(eventTranslations).values(
    LOCALES.filter((locale) => seed.translations[locale]).map((locale) => ({
      eventId,
      locale,
      ...seed.translations[locale],
    })),
  );
  if (seed.program.length > 0) {
    await db.insert(programItems).values(
      seed.program.map((item) => ({
        eventId,
        startsAt: new Date(item.startsAt),
        endsAt: date(item.endsAt),
        title: item.title,
        speaker: item.speaker,
        room: item.room,
      })),
    );
  }
  for (const [position, visit] of seed.visits.entries()) {
    const [row] = await db
      .insert(visits)
      .values({
        eventId,
        position,
        startsAt: new Date(visit.startsAt),
        endsAt: new Date(visit.endsAt),
        capacity: visit.capacity,
        title: visit.title,
        description: visit.description,
        meetingPoint: visit.meetingPoint,
        transport: visit.transport,
      })
      .returning({ id: visits.id });
    if (visit.stops.length === 0) continue;
    await db.insert(itineraryStops).values(
      visit.stops.map((stop, index) => ({
        visitId: row!.id,
        position: index,
        at: new Date(stop.at),
        place: stop.place,
        activity: stop.activity,
      })),
    );
  }
  if (seed.questions?.length) {
    await db.insert(eventQuestions).values(
      seed.questions.map((q, position) => ({
        eventId,
        position,
        kind: q.kind,
        required: q.required ?? false,
        label: q.label,
        options: (q.options ?? []).map((label) => ({ id: crypto.randomUUID(), label })),
      })),
    );
  }
  return eventId;
}
