import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventTranslations, events, programItems } from '@/db/schema';
import { LOCALES, type LocalizedText } from '@/i18n/locales';
import { recordAudit } from './audit';
import { notifyEventCancelled } from './cancellations';
import { promoteWaitlisted } from './seats';
import { eventSnapshot, type EventSnapshot } from './event-editor-load';
import { cancelRemovedVisits, planVisits, writeVisits } from './event-editor-visits';
import { type EventData, STATUS_ACTIONS } from '@/lib/validations/event';
import { zonedLocalToUtc } from '@/lib/zoned-time';

export type SaveEventResult =
  | { kind: 'ok'; id: string; created: boolean; visitIds: string[]; changedVisits: string[]; notifiedOfCancelledVisits: number; promoted: number }
  | { kind: 'slugTaken' }
  | { kind: 'notFound' }
  | { kind: 'unknownVisit' }
  | { kind: 'visitHasRegistrations'; visitId: string };

const isSlugClash = (error: unknown) => {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  return (e.code ?? e.cause?.code) === '23505' && /slug/.test(e.constraint ?? e.cause?.constraint ?? 'slug');
};

/**
 * Create or update an event with its translations, program, visits and stops in one transaction.
 * Visits keep their ids (delegates' seats point at them); a removed visit that has delegates is refused
 * unless its id is in `cancelVisits`: then it is cancelled and each of its delegates gets an e-mail.
 * `changedVisits` are visits with delegates whose time, meeting point or stops changed: they need new itineraries.
 */
export async function saveEvent(db: Database, actorId: string | null, data: EventData): Promise<SaveEventResult> {
  try {
    return await db.transaction(async (tx) => {
      const before = data.id ? await lockEvent(tx, data.id) : null;
      if (data.id && !before) return { kind: 'notFound' as const };
      if (await slugTaken(tx, data)) return { kind: 'slugTaken' as const };
      const plan = await planVisits(tx, before, data);
      if ('kind' in plan) return plan;

      const clock = eventClock(data.timeZone);
      const id = await writeEvent(tx, data, clock);
      await replaceTranslations(tx, id, data, before);
      await replaceProgram(tx, id, data.program, clock);
      const notifiedOfCancelledVisits = await cancelRemovedVisits(tx, before, plan);
      const { visitIds, changedVisits } = await writeVisits(tx, id, data.visits, before, plan, clock.at);
      // A raised capacity (event or visit) seats the wait list at once, in order of arrival, each told by e-mail (U5).
      const promoted = data.id ? await seatWaitList(tx, id) : 0;
      await recordAudit(tx, { actorId, action: 'event.save', entityType: 'event', entityId: id, before, after: await eventSnapshot(tx, id) });
      return { kind: 'ok' as const, id, created: !data.id, visitIds, changedVisits, notifiedOfCancelledVisits, promoted };
    });
  } catch (error) {
    if (isSlugClash(error)) return { kind: 'slugTaken' };
    throw error;
  }
}

/** The event as it stood, under the same lock registrations take first: seats and visits never change under a booking. */
async function lockEvent(tx: Database, id: string) {
  const [locked] = await tx.select({ id: events.id }).from(events).where(eq(events.id, id)).for('update');
  return locked ? eventSnapshot(tx, id) : null;
}

async function slugTaken(tx: Database, data: EventData) {
  const [clash] = await tx
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.slug, data.slug), data.id ? ne(events.id, data.id) : undefined));
  return Boolean(clash);
}

/** The event's own wall clock: the editor's local times become instants in the event's time zone. */
function eventClock(timeZone: string) {
  const at = (local: string) => zonedLocalToUtc(local, timeZone);
  return { at, maybe: (local: string | null) => (local ? at(local) : null) };
}
type Clock = ReturnType<typeof eventClock>;

/** The event row itself, created or updated; returns its id. */
async function writeEvent(tx: Database, data: EventData, { at, maybe }: Clock) {
  const row = {
    slug: data.slug,
    kind: data.kind,
    startsAt: at(data.startsAt),
    endsAt: at(data.endsAt),
    timeZone: data.timeZone,
    latitude: data.latitude,
    longitude: data.longitude,
    capacity: data.capacity,
    registrationOpensAt: maybe(data.registrationOpensAt),
    registrationClosesAt: maybe(data.registrationClosesAt),
    approvalMode: data.approvalMode,
    inviteOnly: data.inviteOnly,
    delegationOverflow: data.delegationOverflow,
    sourceLocale: data.sourceLocale,
    contactName: data.contactName,
    contactPhone: data.contactPhone,
    contactEmail: data.contactEmail,
  };
  const [saved] = data.id
    ? await tx
        .update(events)
        .set({ ...row, updatedAt: new Date() })
        .where(eq(events.id, data.id))
        .returning({ id: events.id })
    : await tx.insert(events).values(row).returning({ id: events.id });
  return saved!.id;
}

/** One row per language that has a title; the report figures, which the editor does not edit, stay as they were. */
async function replaceTranslations(tx: Database, eventId: string, data: EventData, before: EventSnapshot | null) {
  await tx.delete(eventTranslations).where(eq(eventTranslations.eventId, eventId));
  const present = LOCALES.filter((l) => data.translations[l].title);
  if (present.length === 0) return;
  await tx.insert(eventTranslations).values(
    present.map((locale) => ({
      eventId,
      locale,
      ...data.translations[locale],
      reportFigures: before?.translations.find((t) => t.locale === locale)?.reportFigures ?? null,
    })),
  );
}

async function replaceProgram(tx: Database, eventId: string, program: EventData['program'], { at, maybe }: Clock) {
  await tx.delete(programItems).where(eq(programItems.eventId, eventId));
  if (program.length === 0) return;
  await tx
    .insert(programItems)
    .values(
      program.map((p) => ({ eventId, startsAt: at(p.startsAt), endsAt: maybe(p.endsAt), title: p.title, speaker: orNull(p.speaker), room: orNull(p.room) })),
    );
}

async function seatWaitList(tx: Database, eventId: string) {
  const [saved] = await tx.select().from(events).where(eq(events.id, eventId));
  const result = await promoteWaitlisted(tx, saved!);
  return result.promoted.length + result.visitPromoted;
}

const orNull = (value: LocalizedText) => (Object.keys(value).length > 0 ? value : null);

export type StatusAction = keyof typeof STATUS_ACTIONS;

/**
 * Publish, take back to draft, or cancel; recorded with the status before and after.
 * Cancelling tells every active registrant, in the same transaction: the row lock and the status check
 * make that exactly once, however many requests cancel at the same time.
 */
export async function setEventStatus(db: Database, actorId: string | null, id: string, action: StatusAction) {
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ status: events.status }).from(events).where(eq(events.id, id)).for('update');
    if (!event) return { kind: 'notFound' as const };
    const status = STATUS_ACTIONS[action];
    // Its delegates were told it is off and their registration no longer applies: cancelling is final.
    if (event.status === 'cancelled' && status !== 'cancelled') return { kind: 'cancelledIsFinal' as const };
    let notified = 0;
    if (event.status !== status) {
      await tx.update(events).set({ status, updatedAt: new Date() }).where(eq(events.id, id));
      if (status === 'cancelled') notified = await notifyEventCancelled(tx, id);
      await recordAudit(tx, {
        actorId,
        action: `event.${action}`,
        entityType: 'event',
        entityId: id,
        before: { status: event.status },
        after: status === 'cancelled' ? { status, notified } : { status },
      });
    }
    return { kind: 'ok' as const, status, changed: event.status !== status, notified };
  });
}
