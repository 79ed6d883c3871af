import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { outboundEmails, registrationVisits, registrations, visits } from '@/db/schema';
import { insertEvent } from '@/db/seed/seed';
import type { SeedEvent } from '@/db/seed/types';
import { load } from '../load';

export const BENCH_SLUG = 'bench-contention';
const all = (s: string) => ({ zh: s, en: s, ko: s, ja: s, ru: s });

/** An event with 100 seats and a visit with 20, open now. */
export async function insertBenchEvent(db: Database) {
  const day = 86_400_000;
  const translation = { title: 'Bench', summary: 'Bench', body: '', city: 'Changchun', venueName: 'Hall', venueAddress: '', coHosts: [] };
  const event: SeedEvent = {
    slug: BENCH_SLUG,
    kind: 'conference',
    status: 'published',
    timeZone: 'Asia/Shanghai',
    capacity: 100,
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
        capacity: 20,
        title: all('Visit'),
        description: all('d'),
        meetingPoint: all('Lobby'),
        transport: all('Coach'),
        stops: [{ at: new Date(Date.now() + 32 * day).toISOString(), place: all('Gate'), activity: all('Meet') }],
      },
    ],
  };
  return insertEvent(db, event);
}

const body = (n: number, visitId: string, key = randomUUID()) =>
  JSON.stringify({
    locale: 'en',
    familyName: 'Li',
    givenName: `Ming${n}`,
    latinFamilyName: 'Li',
    latinGivenName: 'Ming',
    organization: 'Bench Co',
    country: 'CN',
    email: `bench${n}-${randomUUID().slice(0, 8)}@example.org`,
    phone: '+86 431 8888 0000',
    delegationType: 'enterprise',
    consent: true,
    idempotencyKey: key,
    visitIds: [visitId],
  });

/** 1,000 distinct delegates at 100 concurrent connections through the form's real endpoint. */
export async function contention(url: string, visitId: string) {
  let n = 0;
  const started = performance.now();
  const result = await load({
    url,
    connections: 100,
    amount: 1000,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        path: `/api/events/${BENCH_SLUG}/registrations`,
        headers: { 'content-type': 'application/json', origin: url },
        setupRequest: (req) => ({ ...req, body: body(n++, visitId) }),
      },
    ],
  });
  return { ...result, wallS: (performance.now() - started) / 1000 };
}

/** The same submission 20 times at once: one registration, one e-mail. */
export async function storm(url: string, visitId: string) {
  const same = body(99_999, visitId);
  const responses = await Promise.all(
    Array.from({ length: 20 }, () =>
      fetch(`${url}/api/events/${BENCH_SLUG}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: url },
        body: same,
      }),
    ),
  );
  return { statuses: responses.map((r) => r.status), email: JSON.parse(same).email as string };
}

export async function verify(db: Database, eventId: string, stormEmail: string) {
  const [visit] = await db.select().from(visits).where(eq(visits.eventId, eventId));
  const count = (status: string) => db.$count(registrations, and(eq(registrations.eventId, eventId), eq(registrations.status, status as 'confirmed')));
  const stormRows = await db.select().from(registrations).where(eq(registrations.email, stormEmail));
  return {
    confirmed: await count('confirmed'),
    waitlisted: await count('waitlisted'),
    visitConfirmed: await db.$count(registrationVisits, and(eq(registrationVisits.visitId, visit!.id), eq(registrationVisits.status, 'confirmed'))),
    outboxRows: await db.$count(outboundEmails, eq(outboundEmails.kind, 'confirmation')),
    stormRegistrations: stormRows.length,
    stormEmails: stormRows[0] ? await db.$count(outboundEmails, eq(outboundEmails.registrationId, stormRows[0].id)) : 0,
  };
}
