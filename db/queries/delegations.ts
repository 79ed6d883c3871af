import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { delegations, events, type RegistrationTravel, registrationVisits, registrations, visits } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import { hashToken } from '@/lib/crypto';
import { acceptsRegistrations, registrationState } from '@/lib/registration-state';
import { loadEventPage, type EventPage } from './events';
import { formSettings } from './questions';
import { extrasDeadline } from './registration-extras';
import { eventSeatsTaken } from './seats';
import { travelsOf } from './travel';

export interface DelegationMember {
  id: string;
  reference: string;
  status: string;
  locale: Locale;
  isHead: boolean;
  honorific: string | null;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  latinFamilyName: string;
  latinGivenName: string;
  position: string | null;
  email: string | null;
  checkedIn: boolean;
  visits: { visitId: string; status: 'confirmed' | 'waitlisted' }[];
}

export interface ManagedDelegation {
  id: string;
  name: string;
  organization: string;
  country: string;
  cancelled: boolean;
  /** Members may still be added and visits changed (the registration window is open). */
  open: boolean;
  members: DelegationMember[];
  event: EventPage;
  /** Members' arrival and departure (#16): asked by the event, given until `deadline` (the delegate's own). */
  travel: { asked: boolean; editable: boolean; deadline: Date; byMember: Map<string, RegistrationTravel> };
}

/** The delegation a head's token opens; a wrong or cancelled one is simply not found. */
export async function delegationByToken(db: Database, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const [row] = await db
    .select()
    .from(delegations)
    .where(and(eq(delegations.managementTokenHash, hashToken(token)), isNull(delegations.cancelledAt)));
  return row;
}

export async function delegationMembers(db: Database, delegationId: string, headId: string | null): Promise<DelegationMember[]> {
  const rows = await db
    .select()
    .from(registrations)
    .where(eq(registrations.delegationId, delegationId))
    .orderBy(asc(registrations.createdAt), asc(registrations.id));
  const chosen =
    rows.length === 0
      ? []
      : await db
          .select({ registrationId: registrationVisits.registrationId, visitId: registrationVisits.visitId, status: registrationVisits.status })
          .from(registrationVisits)
          .innerJoin(visits, eq(visits.id, registrationVisits.visitId))
          .where(
            inArray(
              registrationVisits.registrationId,
              rows.map((r) => r.id),
            ),
          )
          .orderBy(asc(visits.startsAt));
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    status: r.status,
    locale: r.locale,
    isHead: r.id === headId,
    honorific: r.honorific,
    familyName: r.familyName,
    givenName: r.givenName,
    patronymic: r.patronymic,
    latinFamilyName: r.latinFamilyName,
    latinGivenName: r.latinGivenName,
    position: r.position,
    email: r.emailFromHead ? null : r.email,
    checkedIn: r.checkedInAt !== null,
    visits: chosen.filter((c) => c.registrationId === r.id).map(({ visitId, status }) => ({ visitId, status })),
  }));
}

export async function loadManagedDelegation(db: Database, token: string, locale: Locale): Promise<ManagedDelegation | null> {
  const row = await delegationByToken(db, token);
  if (!row) return null;
  const [eventRow] = await db.select().from(events).where(eq(events.id, row.eventId));
  const [event, members, taken, settings] = await Promise.all([
    loadEventPage(db, eventRow!.slug, locale),
    delegationMembers(db, row.id, row.headRegistrationId),
    eventSeatsTaken(db, row.eventId),
    formSettings(db, row.eventId),
  ]);
  if (!event) return null;
  const deadline = extrasDeadline(eventRow!);
  return {
    id: row.id,
    name: row.name,
    organization: row.organization,
    country: row.country,
    cancelled: row.cancelledAt !== null,
    open: acceptsRegistrations(registrationState({ ...eventRow!, seatsTaken: taken })),
    members,
    event,
    travel: {
      asked: settings.asksTravel,
      editable: deadline > new Date(),
      deadline,
      byMember: await travelsOf(
        db,
        members.map((m) => m.id),
      ),
    },
  };
}

/** An active member of this delegation, for a change the head asks for. */
export async function activeMember(tx: Database, delegationId: string, memberId: string) {
  const [row] = await tx
    .select()
    .from(registrations)
    .where(and(eq(registrations.id, memberId), eq(registrations.delegationId, delegationId), inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)));
  return row;
}
