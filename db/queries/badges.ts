import { and, asc, eq, exists, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { registrationTravel, registrations } from '@/db/schema';
import type { AttendeeFilter } from '@/lib/validations/attendee-filter';
import { attendeeWhere } from './attendees';

/**
 * Who gets a badge: confirmed delegates of the event (pending and wait-listed have no seat to show),
 * narrowed by the attendee list's filters, by arrival day, or to one reference (the check-in desk).
 */
export async function badgeRows(db: Database, eventId: string, f: { filter?: Partial<AttendeeFilter>; arrivalDay?: string; reference?: string }) {
  return db
    .select({
      reference: registrations.reference,
      locale: registrations.locale,
      familyName: registrations.familyName,
      givenName: registrations.givenName,
      patronymic: registrations.patronymic,
      latinFamilyName: registrations.latinFamilyName,
      latinGivenName: registrations.latinGivenName,
      organization: registrations.organization,
      country: registrations.country,
      delegationType: registrations.delegationType,
    })
    .from(registrations)
    .where(
      and(
        attendeeWhere(eventId, { ...f.filter, status: undefined }),
        f.reference ? eq(registrations.reference, f.reference.toUpperCase()) : inArray(registrations.status, ['confirmed']),
        f.reference ? inArray(registrations.status, ['confirmed', 'pending', 'waitlisted']) : undefined,
        f.arrivalDay
          ? exists(
              db
                .select({ one: sql`1` })
                .from(registrationTravel)
                .where(and(eq(registrationTravel.registrationId, registrations.id), eq(registrationTravel.arrivalDate, f.arrivalDay))),
            )
          : undefined,
      ),
    )
    .orderBy(asc(registrations.latinFamilyName), asc(registrations.latinGivenName))
    .limit(2000);
}
