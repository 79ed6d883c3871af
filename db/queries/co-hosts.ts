import { eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { coHostEvents, events, invitationLetters, organizers, outboundEmails, registrations } from '@/db/schema';
import { recordAudit } from './audit';

export async function coHostEventIds(db: Database, organizerId: string) {
  const rows = await db.select({ eventId: coHostEvents.eventId }).from(coHostEvents).where(eq(coHostEvents.organizerId, organizerId));
  return rows.map((r) => r.eventId);
}

/** Every co-host's assignments, for the accounts page. */
export async function allCoHostEvents(db: Database) {
  return db.select({ organizerId: coHostEvents.organizerId, eventId: coHostEvents.eventId }).from(coHostEvents);
}

/** An administrator sets the events a co-host account may manage (replacing the previous set); audited. */
export async function setCoHostEvents(db: Database, actorId: string, organizerId: string, eventIds: string[]) {
  return db.transaction(async (tx) => {
    const [account] = await tx.select({ role: organizers.role }).from(organizers).where(eq(organizers.id, organizerId)).for('update');
    if (account?.role !== 'cohost') return false;
    const known = eventIds.length === 0 ? [] : await tx.select({ id: events.id }).from(events).where(inArray(events.id, eventIds));
    const before = await coHostEventIds(tx, organizerId);
    await tx.delete(coHostEvents).where(eq(coHostEvents.organizerId, organizerId));
    if (known.length > 0) await tx.insert(coHostEvents).values(known.map((e) => ({ organizerId, eventId: e.id })));
    await recordAudit(tx, { actorId, action: 'account.coHostEvents', entityType: 'organizer', entityId: organizerId, before, after: known.map((e) => e.id) });
    return true;
  });
}

/** The events some registrations belong to (ids that do not exist are left out). */
export async function eventsOfRegistrations(db: Database, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db.selectDistinct({ eventId: registrations.eventId }).from(registrations).where(inArray(registrations.id, ids));
  return rows.map((r) => r.eventId);
}

/** The event a visa letter is for, through its registration (`[]` when there is no such letter). */
export async function eventOfLetter(db: Database, id: string) {
  const rows = await db
    .select({ eventId: registrations.eventId })
    .from(invitationLetters)
    .innerJoin(registrations, eq(registrations.id, invitationLetters.registrationId))
    .where(eq(invitationLetters.id, id));
  return rows.map((r) => r.eventId);
}

/**
 * The event an e-mail is about, through its registration. `null` for an e-mail that belongs to no
 * registration (only unrestricted accounts see those); `[]` when there is no such e-mail.
 */
export async function eventOfEmail(db: Database, id: number): Promise<string[] | null> {
  const [row] = await db
    .select({ registrationId: outboundEmails.registrationId, eventId: registrations.eventId })
    .from(outboundEmails)
    .leftJoin(registrations, eq(registrations.id, outboundEmails.registrationId))
    .where(eq(outboundEmails.id, id));
  if (!row) return [];
  return row.eventId ? [row.eventId] : null;
}
