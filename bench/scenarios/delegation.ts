import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { events, registrationVisits, registrations, visits } from '@/db/schema';
import { insertEvent } from '@/db/seed/seed';
import type { SeedEvent } from '@/db/seed/types';

const DELEGATION_SLUG = 'bench-delegation';
const CAPACITY = 60;
const VISIT_CAPACITY = 15;
const all = (s: string) => ({ zh: s, en: s, ko: s, ja: s, ru: s });

/** 60 places and a visit with 15: fewer than the 100 individuals and the delegation of 20 who arrive at once. */
export async function insertDelegationEvent(db: Database) {
  const day = 86_400_000;
  const translation = { title: 'Bench delegation', summary: 'Bench', body: '', city: 'Changchun', venueName: 'Hall', venueAddress: '', coHosts: [] };
  const event: SeedEvent = {
    slug: DELEGATION_SLUG,
    kind: 'conference',
    status: 'published',
    timeZone: 'Asia/Shanghai',
    capacity: CAPACITY,
    approvalMode: 'automatic',
    sourceLocale: 'en',
    startsAt: new Date(Date.now() + 30 * day).toISOString(),
    endsAt: new Date(Date.now() + 31 * day).toISOString(),
    registrationOpensAt: new Date(Date.now() - day).toISOString(),
    registrationClosesAt: new Date(Date.now() + 20 * day).toISOString(),
    translations: { zh: translation, en: translation, ko: translation, ja: translation, ru: translation },
    program: [],
    visits: [
      {
        startsAt: new Date(Date.now() + 32 * day).toISOString(),
        endsAt: new Date(Date.now() + 32 * day + 3600_000).toISOString(),
        capacity: VISIT_CAPACITY,
        title: all('Visit'),
        description: all('d'),
        meetingPoint: all('Lobby'),
        transport: all('Coach'),
        stops: [],
      },
    ],
  };
  const id = await insertEvent(db, event);
  const [visit] = await db.select({ id: visits.id }).from(visits).where(eq(visits.eventId, id));
  return { eventId: id, visitId: visit!.id };
}

const person = (n: number) => ({ familyName: 'Li', givenName: `Ming${n}`, latinFamilyName: 'Li', latinGivenName: 'Ming' });
const head = (n: number, visitId: string) => ({
  locale: 'en',
  ...person(n),
  organization: 'Bench Co',
  country: 'CN',
  email: `bench-d${n}-${randomUUID().slice(0, 8)}@example.org`,
  phone: '+86 431 8888 0000',
  delegationType: 'enterprise',
  consent: true,
  idempotencyKey: randomUUID(),
  visitIds: [visitId],
});

/** A delegation of 20 (head and 19 members) posted while 100 individuals post, all at once, through the real endpoints. */
export async function delegationRace(url: string, visitId: string) {
  const post = (path: string, body: unknown) =>
    fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify(body),
    }).then(
      (r) => r.status,
      () => 0,
    );
  const members = Array.from({ length: 19 }, (_, i) => ({
    ...person(1000 + i),
    locale: (['zh', 'ja', 'ko', 'ru', 'en'] as const)[i % 5],
    visitIds: [visitId],
  }));
  const started = performance.now();
  const individuals = Array.from({ length: 100 }, (_, n) => post(`/api/events/${DELEGATION_SLUG}/registrations`, head(n, visitId)));
  const delegation = post(`/api/events/${DELEGATION_SLUG}/delegations`, {
    ...head(999, visitId),
    delegation: { name: 'Bench delegation', organization: 'Bench Co', country: 'JP', members },
  });
  const statuses = await Promise.all([...individuals.slice(0, 50), delegation, ...individuals.slice(50)]);
  const counts: Record<string, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return { statuses: counts, wallMs: performance.now() - started };
}

/** Never oversold: event and visit seats within capacity; the delegation whole (one status for all its members). */
export async function verifyDelegationRace(db: Database, eventId: string, visitId: string) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  const rows = await db
    .select({ status: registrations.status, delegationId: registrations.delegationId })
    .from(registrations)
    .where(eq(registrations.eventId, eventId));
  const members = rows.filter((r) => r.delegationId);
  const confirmed = rows.filter((r) => r.status === 'confirmed').length;
  const visitConfirmed = await db.$count(registrationVisits, and(eq(registrationVisits.visitId, visitId), eq(registrationVisits.status, 'confirmed')));
  const inDelegation = await db.$count(registrations, and(eq(registrations.eventId, eventId), isNotNull(registrations.delegationId)));
  return {
    registrations: rows.length,
    confirmed,
    capacity: event!.capacity,
    visitConfirmed,
    visitCapacity: VISIT_CAPACITY,
    delegationSize: inDelegation,
    delegationStatuses: [...new Set(members.map((m) => m.status))],
    oversold: confirmed > CAPACITY || visitConfirmed > VISIT_CAPACITY,
  };
}
