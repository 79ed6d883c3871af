import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventFormSettings, registrationTravel, registrations } from '@/db/schema';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import { saysAnything, type TravelData } from '@/lib/validations/travel';
import { recordAudit } from './audit';

/** Store a delegate's arrival and accommodation; saying nothing removes what was there. */
export async function saveTravel(tx: Database, registrationId: string, travel: TravelData) {
  if (!saysAnything(travel)) {
    await tx.delete(registrationTravel).where(eq(registrationTravel.registrationId, registrationId));
    return;
  }
  const [old] = await tx.select().from(registrationTravel).where(eq(registrationTravel.registrationId, registrationId));
  const same = old && (Object.keys(travel) as (keyof TravelData)[]).every((k) => old[k] === travel[k]);
  if (same) return; // unchanged: the board must not mark it as changed
  const row = { ...travel, updatedAt: new Date() };
  await tx
    .insert(registrationTravel)
    .values({ registrationId, ...row })
    .onConflictDoUpdate({ target: registrationTravel.registrationId, set: row });
}

export async function travelOf(db: Database, registrationId: string) {
  const [row] = await db.select().from(registrationTravel).where(eq(registrationTravel.registrationId, registrationId));
  return row ?? null;
}

export async function travelsOf(db: Database, registrationIds: string[]) {
  if (registrationIds.length === 0) return new Map<string, typeof registrationTravel.$inferSelect>();
  const rows = await db.select().from(registrationTravel).where(inArray(registrationTravel.registrationId, registrationIds));
  return new Map(rows.map((r) => [r.registrationId, r]));
}

/** Active delegates who said when they arrive, in order of arrival; `day` narrows to one date. */
export async function arrivalRows(db: Database, eventId: string, day?: string) {
  return db
    .select({
      id: registrations.id,
      reference: registrations.reference,
      status: registrations.status,
      locale: registrations.locale,
      familyName: registrations.familyName,
      givenName: registrations.givenName,
      patronymic: registrations.patronymic,
      latinFamilyName: registrations.latinFamilyName,
      latinGivenName: registrations.latinGivenName,
      organization: registrations.organization,
      country: registrations.country,
      phone: registrations.phone,
      delegationType: registrations.delegationType,
      travel: registrationTravel,
    })
    .from(registrationTravel)
    .innerJoin(registrations, eq(registrations.id, registrationTravel.registrationId))
    .where(
      and(
        eq(registrations.eventId, eventId),
        inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES),
        isNotNull(registrationTravel.arrivalDate),
        day ? eq(registrationTravel.arrivalDate, day) : undefined,
      ),
    )
    .orderBy(
      asc(registrationTravel.arrivalDate),
      sql`${registrationTravel.arrivalTime} nulls last`,
      asc(registrationTravel.arrivalCarrier),
      asc(registrations.latinFamilyName),
    );
}

/** The organizer printed the board: later changes are marked against this moment. */
export async function markArrivalsPrinted(db: Database, actorId: string, eventId: string) {
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .insert(eventFormSettings)
      .values({ eventId, arrivalsPrintedAt: now })
      .onConflictDoUpdate({ target: eventFormSettings.eventId, set: { arrivalsPrintedAt: now } });
    await recordAudit(tx, { actorId, action: 'event.arrivals-printed', entityType: 'event', entityId: eventId });
  });
  return now;
}
