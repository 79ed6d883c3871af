import { eq } from 'drizzle-orm';
import { LOCALES } from '@/i18n/locales';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEventCards, loadEventPage } from '@/db/queries/events';
import { events, registrations } from '@/db/schema';
import { sampleEvents } from '@/db/seed/sample-events';
import { seedIfEmpty } from '@/db/seed/seed';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';

const registration = (eventId: string, email: string, extra: Partial<typeof registrations.$inferInsert> = {}) => ({
  eventId,
  reference: `R${Math.random().toString(36).slice(2, 9).toUpperCase()}`,
  status: 'confirmed' as const,
  locale: 'en' as const,
  familyName: 'Kim',
  givenName: 'Minjun',
  latinFamilyName: 'KIM',
  latinGivenName: 'MINJUN',
  organization: 'Busan Chamber',
  country: 'KR',
  email,
  emailNormalized: email.toLowerCase(),
  phone: '+82 51 000 0000',
  delegationType: 'association' as const,
  consentAt: new Date(),
  consentVersion: '2026-11',
  managementTokenHash: Math.random().toString(36),
  ...extra,
});

describe.each(drivers)('database schema and sample data [%s]', (driver) => {
  let t: TestDatabase;
  let eventId: string;

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    expect(await seedIfEmpty(t.db)).toBe(true);
    const [first] = await t.db.select().from(events).where(eq(events.slug, 'northeast-asia-belt-and-road-2027'));
    eventId = first!.id;
  });
  afterAll(() => t.close());

  it('seeds once: a second run finds the events and adds nothing', async () => {
    expect(await seedIfEmpty(t.db)).toBe(false);
    expect(await t.db.$count(events)).toBe(sampleEvents.length);
  });

  it('lists every sample event in each language, upcoming first', async () => {
    for (const locale of LOCALES) {
      const cards = await loadEventCards(t.db, locale);
      expect(cards).toHaveLength(sampleEvents.length);
      expect(cards.every((c) => c.text.lang === locale)).toBe(true);
      const firstPast = cards.findIndex((c) => c.isPast);
      expect(cards.slice(firstPast).every((c) => c.isPast)).toBe(true);
      expect(cards.filter((c) => !c.isPast).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('loads an event page with visits and their ordered itinerary stops', async () => {
    const page = await loadEventPage(t.db, 'northeast-asia-belt-and-road-2027', 'ko');
    expect(page?.text.lang).toBe('ko');
    expect(page!.visits.length).toBeGreaterThanOrEqual(2);
    for (const visit of page!.visits) {
      expect(visit.stops.length).toBeGreaterThanOrEqual(2);
      const times = visit.stops.map((s) => s.at);
      expect(times).toEqual([...times].sort());
    }
    expect(page!.registration.kind).toBe('open');
  });

  it('refuses a second active registration with the same e-mail, but allows one after cancelling', async () => {
    await t.db.insert(registrations).values(registration(eventId, 'dup@example.org'));
    await expect(t.db.insert(registrations).values(registration(eventId, 'DUP@example.org', { emailNormalized: 'dup@example.org' }))).rejects.toThrow();
    await t.db.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.emailNormalized, 'dup@example.org'));
    await t.db.insert(registrations).values(registration(eventId, 'dup@example.org'));
  });

  it('refuses unknown statuses, bad country codes, duplicate references and dangling events', async () => {
    await expect(t.db.insert(registrations).values(registration(eventId, 'a@example.org', { status: 'paid' as never }))).rejects.toThrow();
    await expect(t.db.insert(registrations).values(registration(eventId, 'b@example.org', { country: 'Korea' }))).rejects.toThrow();
    await t.db.insert(registrations).values(registration(eventId, 'c@example.org', { reference: 'SAMEREF' }));
    await expect(t.db.insert(registrations).values(registration(eventId, 'd@example.org', { reference: 'SAMEREF' }))).rejects.toThrow();
    await expect(t.db.insert(registrations).values(registration('00000000-0000-0000-0000-000000000000', 'e@example.org'))).rejects.toThrow();
  });
});
