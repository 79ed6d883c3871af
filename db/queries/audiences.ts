import { and, eq, exists, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { announcementOptOuts, delegations, registrationVisits, registrations } from '@/db/schema';
import type { Audience, AudienceKind } from '@/lib/announcements';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';

const active = inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES);

/** Each audience as a condition on `registrations`; a new kind is one more line. */
const CONDITIONS: Record<AudienceKind, (value: string | null) => SQL | undefined> = {
  all: () => active,
  confirmed: () => eq(registrations.status, 'confirmed'),
  waitlist: () => eq(registrations.status, 'waitlisted'),
  delegation: (value) => and(active, value ? eq(registrations.delegationId, value) : sql`false`),
  country: (value) => and(active, eq(registrations.country, value ?? '')),
  // A visit's participants: a seat on it (not its wait list) and a registration that holds a place.
  visit: (value) =>
    and(
      inArray(registrations.status, ['confirmed', 'pending']),
      exists(
        sql`(select 1 from ${registrationVisits} where ${registrationVisits.registrationId} = ${registrations.id} and ${registrationVisits.visitId} = ${value ?? sql`null`}::uuid and ${registrationVisits.status} = 'confirmed')`,
      ),
    ),
};

/** Who gets an announcement: the audience, minus every address that stopped announcements. */
function audienceWhere(eventId: string, audience: Audience) {
  return and(
    eq(registrations.eventId, eventId),
    CONDITIONS[audience.kind](audience.value),
    notExists(sql`(select 1 from ${announcementOptOuts} where ${announcementOptOuts.emailNormalized} = ${registrations.emailNormalized})`),
  );
}

/**
 * One e-mail per address, in its owner's language: a member who gave no address of their own is reached
 * through the head's registration (their address), so the head gets one copy, not one per such member.
 */
export async function audienceRecipients(db: Database, eventId: string, audience: Audience) {
  const through = sql<string>`case when ${registrations.emailFromHead} and ${delegations.headRegistrationId} is not null
    then ${delegations.headRegistrationId} else ${registrations.id} end`;
  const ids = db
    .selectDistinct({ id: through })
    .from(registrations)
    .leftJoin(delegations, eq(delegations.id, registrations.delegationId))
    .where(audienceWhere(eventId, audience));
  return db
    .select({ id: registrations.id, locale: registrations.locale, email: registrations.email })
    .from(registrations)
    .where(inArray(registrations.id, ids))
    .orderBy(registrations.id);
}

export async function countAudience(db: Database, eventId: string, audience: Audience) {
  return (await audienceRecipients(db, eventId, audience)).length;
}
