import { and, eq, exists, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { announcementOptOuts, registrationVisits, registrations } from '@/db/schema';
import type { Audience, AudienceKind } from '@/lib/announcements';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';

const active = inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES);

/** Each audience as a condition on `registrations`; a new kind is one more line. */
const CONDITIONS: Record<AudienceKind, (value: string | null) => SQL | undefined> = {
  all: () => active,
  confirmed: () => eq(registrations.status, 'confirmed'),
  waitlist: () => eq(registrations.status, 'waitlisted'),
  country: (value) => and(active, eq(registrations.country, value ?? '')),
  // A visit's participants: a seat on it (not its wait list) and a registration that holds a place.
  visit: (value) => and(inArray(registrations.status, ['confirmed', 'pending']), exists(sql`(select 1 from ${registrationVisits} where ${registrationVisits.registrationId} = ${registrations.id} and ${registrationVisits.visitId} = ${value ?? sql`null`}::uuid and ${registrationVisits.status} = 'confirmed')`)),
};

/** Who gets an announcement: the audience, minus every address that stopped announcements. */
export function audienceWhere(eventId: string, audience: Audience) {
  return and(
    eq(registrations.eventId, eventId),
    CONDITIONS[audience.kind](audience.value),
    notExists(sql`(select 1 from ${announcementOptOuts} where ${announcementOptOuts.emailNormalized} = ${registrations.emailNormalized})`),
  );
}

export async function countAudience(db: Database, eventId: string, audience: Audience) {
  return db.$count(registrations, audienceWhere(eventId, audience));
}
