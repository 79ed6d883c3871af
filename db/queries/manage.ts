import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { events, registrationVisits, registrations, visits } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import { hashToken } from '@/lib/crypto';
import { normalizeEmail, type RegistrationChangeInput } from '@/lib/validations/registration';
import { loadEventPage, type EventPage } from './events';
import { recordAudit } from './audit';
import { enqueueEmail, rotateManagementLink } from './outbox';
import { promoteWaitlisted, takeVisitSeats } from './seats';
import { SEAT_HOLDING } from '@/lib/domain';
import { queueItineraryAfterVisitChange } from './itineraries';

export interface ManagedRegistration {
  reference: string;
  status: 'pending' | 'confirmed' | 'waitlisted';
  locale: Locale;
  createdAt: string;
  honorific: string | null;
  familyName: string;
  givenName: string;
  patronymic: string | null;
  latinName: string;
  organization: string;
  position: string | null;
  country: string;
  email: string;
  phone: string;
  delegationType: string;
  dietaryNeeds: string | null;
  accessNeeds: string | null;
  visaRequested: boolean;
  visits: { visitId: string; status: 'confirmed' | 'waitlisted' }[];
  event: EventPage;
}

/** Only active registrations answer to a token; every wrong, cancelled or rejected one is simply not found. */
async function rowByToken(db: Database, token: string) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.managementTokenHash, hashToken(token)), inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)));
  return row;
}

export async function loadManagedRegistration(db: Database, token: string, locale: Locale): Promise<ManagedRegistration | null> {
  const row = await rowByToken(db, token);
  if (!row) return null;
  const [eventRow] = await db.select({ slug: events.slug }).from(events).where(eq(events.id, row.eventId));
  const [event, chosen] = await Promise.all([
    loadEventPage(db, eventRow!.slug, locale),
    // In the order they happen (K42, R54), as in the e-mails.
    db
      .select({ visitId: registrationVisits.visitId, status: registrationVisits.status })
      .from(registrationVisits)
      .innerJoin(visits, eq(visits.id, registrationVisits.visitId))
      .where(eq(registrationVisits.registrationId, row.id))
      .orderBy(asc(visits.startsAt)), // in the order they happen
  ]);
  if (!event) return null;
  return {
    reference: row.reference,
    status: row.status as ManagedRegistration['status'],
    locale: row.locale,
    createdAt: row.createdAt.toISOString(),
    honorific: row.honorific,
    familyName: row.familyName,
    givenName: row.givenName,
    patronymic: row.patronymic,
    latinName: `${row.latinFamilyName} ${row.latinGivenName}`,
    organization: row.organization,
    position: row.position,
    country: row.country,
    email: row.email,
    phone: row.phone,
    delegationType: row.delegationType,
    dietaryNeeds: row.dietaryNeeds,
    accessNeeds: row.accessNeeds,
    visaRequested: row.visaRequested,
    visits: chosen,
    event,
  };
}

type Outcome = { kind: 'ok'; newToken?: string } | { kind: 'not-found' } | { kind: 'email-taken' };

/** Who made a change, for the audit entry written in the change's own transaction (null: the delegate). */
export interface ChangeActor {
  actorId: string | null;
  action: 'registration.edit' | 'registration.self-update';
}

/** Contact details and visits; seat rules apply again to newly chosen visits, and freed seats are passed on. */
export async function changeRegistration(
  db: Database,
  token: string,
  change: RegistrationChangeInput & { visitIds: string[] },
): Promise<Outcome & { before?: Record<string, unknown> }> {
  const found = await rowByToken(db, token);
  return found
    ? changeRegistrationById(db, found.id, change, { actorId: null, action: 'registration.self-update' }, (tx) => rowByToken(tx, token))
    : { kind: 'not-found' };
}

const CHANGE_FIELDS = ['organization', 'position', 'email', 'phone', 'dietaryNeeds', 'accessNeeds', 'visitIds'] as const;

/** Only the fields that changed, before and after, so the history reads as what happened. */
function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const norm = (k: string, v: unknown) => (k === 'visitIds' && Array.isArray(v) ? [...v].sort() : (v ?? null));
  const keys = CHANGE_FIELDS.filter((k) => JSON.stringify(norm(k, before[k])) !== JSON.stringify(norm(k, after[k])));
  return { before: Object.fromEntries(keys.map((k) => [k, before[k] ?? null])), after: Object.fromEntries(keys.map((k) => [k, after[k] ?? null])) };
}

/**
 * The change itself, by id (the back office edits the same fields). Contact details and visits;
 * seat rules apply again to newly chosen visits, and freed seats are passed on. Returns the row
 * before the change for the caller's audit entry.
 */
export async function changeRegistrationById(
  db: Database,
  id: string,
  change: RegistrationChangeInput & { visitIds: string[] },
  actor: ChangeActor,
  reread: (tx: Database) => Promise<typeof registrations.$inferSelect | undefined> = async (tx) =>
    (await tx.select().from(registrations).where(eq(registrations.id, id)))[0],
): Promise<Outcome & { before?: Record<string, unknown> }> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ eventId: registrations.eventId }).from(registrations).where(eq(registrations.id, id));
    if (!found) return { kind: 'not-found' };
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for('update');
    const row = await reread(tx); // re-read under the lock
    if (!row || !event || !ACTIVE_REGISTRATION_STATUSES.includes(row.status as never)) return { kind: 'not-found' };

    const emailNormalized = normalizeEmail(change.email);
    if (emailNormalized !== row.emailNormalized) {
      const [clash] = await tx
        .select({ id: registrations.id })
        .from(registrations)
        .where(
          and(
            eq(registrations.eventId, event.id),
            eq(registrations.emailNormalized, emailNormalized),
            inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES),
          ),
        );
      if (clash) return { kind: 'email-taken' };
    }
    await tx
      .update(registrations)
      .set({
        organization: change.organization,
        position: change.position ?? null,
        email: change.email,
        emailNormalized,
        phone: change.phone,
        dietaryNeeds: change.dietaryNeeds ?? null,
        accessNeeds: change.accessNeeds ?? null,
        updatedAt: new Date(),
      })
      .where(eq(registrations.id, row.id));

    const current = await tx.select().from(registrationVisits).where(eq(registrationVisits.registrationId, row.id));
    const wanted = new Set(change.visitIds);
    const dropped = current.filter((v) => !wanted.has(v.visitId)).map((v) => v.visitId);
    const added = [...wanted].filter((visitId) => !current.some((v) => v.visitId === visitId));
    if (dropped.length > 0) {
      await tx.delete(registrationVisits).where(and(eq(registrationVisits.registrationId, row.id), inArray(registrationVisits.visitId, dropped)));
    }
    await takeVisitSeats(tx, row.id, event.id, added, SEAT_HOLDING.includes(row.status as never));
    await promoteWaitlisted(tx, event);
    // A new address gets a new link: the old one (perhaps in a mailbox the delegate no longer controls) stops working.
    const newToken = emailNormalized !== row.emailNormalized ? await rotateManagementLink(tx, row.id) : undefined;
    await enqueueEmail(tx, { kind: 'changed', registrationId: row.id, locale: row.locale, to: change.email });
    // New visits, a new itinerary: as after an organizer's change to a visit (#18).
    if (dropped.length > 0 || added.length > 0) await queueItineraryAfterVisitChange(tx, row.id);
    const before = {
      organization: row.organization,
      position: row.position,
      email: row.email,
      phone: row.phone,
      dietaryNeeds: row.dietaryNeeds,
      accessNeeds: row.accessNeeds,
      visitIds: current.map((v) => v.visitId),
    };
    const diff = changedFields(before, {
      ...change,
      position: change.position ?? null,
      dietaryNeeds: change.dietaryNeeds ?? null,
      accessNeeds: change.accessNeeds ?? null,
    });
    if (Object.keys(diff.after).length > 0)
      await recordAudit(tx, { actorId: actor.actorId, action: actor.action, entityType: 'registration', entityId: row.id, ...diff });
    return { kind: 'ok', before, newToken };
  });
}

/** Cancelling frees the event seat and visit seats, and promotes the first wait-listed delegates. */
export async function cancelRegistration(db: Database, token: string): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const found = await rowByToken(tx, token);
    if (!found) return { kind: 'not-found' };
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for('update');
    const row = await rowByToken(tx, token);
    if (!row || !event) return { kind: 'not-found' };
    const now = new Date();
    await tx.update(registrations).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(eq(registrations.id, row.id));
    await tx.delete(registrationVisits).where(eq(registrationVisits.registrationId, row.id));
    // On the record in the same transaction: "who cancelled this?" has an answer (U12).
    await recordAudit(tx, {
      actorId: null,
      action: 'registration.self-cancel',
      entityType: 'registration',
      entityId: row.id,
      before: { status: row.status },
      after: { status: 'cancelled' },
    });
    await enqueueEmail(tx, { kind: 'cancelled', registrationId: row.id, locale: row.locale, to: row.email });
    await promoteWaitlisted(tx, event);
    return { kind: 'ok' };
  });
}

export async function registrationIdByToken(db: Database, token: string) {
  return (await rowByToken(db, token))?.id ?? null;
}
