import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { events, registrationVisits, registrations } from '@/db/schema';
import { unseal } from '@/lib/crypto';
import { recordAudit } from './audit';
import { enqueueEmail } from './outbox';
import { eventSeatsTaken, promoteWaitlisted } from './seats';
import { fullName, passportName } from '@/lib/names';
import { DECISION_TARGET as TARGET, type Decision, decisionsFrom } from '@/lib/domain';

const EMAIL = { approve: 'approved', reject: 'rejected', waitlist: 'changed', cancel: 'cancelled', promote: 'promoted' } as const;

export type DecisionResult = { kind: 'ok'; status: string } | { kind: 'not-found' } | { kind: 'not-allowed' } | { kind: 'full' };

/** An organizer's decision on one registration: seat rules hold, the delegate is told, the audit log records it. */
export async function decide(db: Database, actorId: string, registrationId: string, decision: Decision): Promise<DecisionResult> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ eventId: registrations.eventId }).from(registrations).where(eq(registrations.id, registrationId));
    if (!found) return { kind: 'not-found' };
    const [event] = await tx.select().from(events).where(eq(events.id, found.eventId)).for('update');
    const [row] = await tx.select().from(registrations).where(eq(registrations.id, registrationId));
    if (!row || !event) return { kind: 'not-found' };
    if (!decisionsFrom(row.status).includes(decision)) return { kind: 'not-allowed' };
    if (decision === 'promote' && event.capacity !== null && (await eventSeatsTaken(tx, event.id)) >= event.capacity) {
      return { kind: 'full' };
    }
    const status = TARGET[decision];
    const now = new Date();
    await tx
      .update(registrations)
      .set({
        status,
        updatedAt: now,
        ...(status === 'cancelled' ? { cancelledAt: now } : {}),
      })
      .where(eq(registrations.id, row.id));
    if (status === 'cancelled' || status === 'rejected') {
      await tx.delete(registrationVisits).where(eq(registrationVisits.registrationId, row.id));
    }
    await enqueueEmail(tx, { kind: EMAIL[decision], registrationId: row.id, locale: row.locale, to: row.email, payload: { status } });
    await recordAudit(tx, {
      actorId,
      action: `registration.${decision}`,
      entityType: 'registration',
      entityId: row.id,
      before: { status: row.status },
      after: { status },
    });
    await promoteWaitlisted(tx, event);
    return { kind: 'ok', status };
  });
}

export type CheckInResult =
  | { kind: 'checked-in'; at: string; name: string; latinName: string; reference: string }
  | { kind: 'already'; at: string; name: string; latinName: string; reference: string }
  | { kind: 'not-found' }
  | { kind: 'not-confirmed'; status: string; name: string; latinName: string; reference: string };

/** One tap at the door. A second tap says when the first one happened. */
export async function checkIn(db: Database, actorId: string, eventId: string, reference: string): Promise<CheckInResult> {
  const ref = reference
    .trim()
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .replace(/^(.{4})(.{4})$/, '$1-$2');
  const [row] = await db
    .select()
    .from(registrations)
    .where(and(eq(registrations.eventId, eventId), eq(registrations.reference, ref)));
  if (!row) return { kind: 'not-found' };
  // Door staff look for the name as the delegate writes it; the passport form follows it on the desk.
  const name = fullName(row);
  const latinName = passportName(row);
  if (row.status !== 'confirmed') return { kind: 'not-confirmed', status: row.status, name, latinName, reference: row.reference };
  const now = new Date();
  const [updated] = await db
    .update(registrations)
    .set({ checkedInAt: now })
    .where(and(eq(registrations.id, row.id), isNull(registrations.checkedInAt)))
    .returning({ at: registrations.checkedInAt });
  if (!updated) {
    const [again] = await db.select({ at: registrations.checkedInAt }).from(registrations).where(eq(registrations.id, row.id));
    return { kind: 'already', at: again!.at!.toISOString(), name, latinName, reference: row.reference };
  }
  await recordAudit(db, { actorId, action: 'registration.check-in', entityType: 'registration', entityId: row.id, after: { checkedInAt: now.toISOString() } });
  return { kind: 'checked-in', at: now.toISOString(), name, latinName, reference: row.reference };
}

/** Passport details for the visa letter: admins only (checked by the caller), and every look is logged. */
export async function revealVisaData(db: Database, actorId: string, registrationId: string) {
  const [row] = await db.select({ sealed: registrations.visaDataSealed }).from(registrations).where(eq(registrations.id, registrationId));
  if (!row?.sealed) return null;
  await recordAudit(db, { actorId, action: 'registration.reveal-passport', entityType: 'registration', entityId: registrationId });
  return JSON.parse(unseal(row.sealed)) as { passportNumber: string; nationality: string; dateOfBirth: string };
}
