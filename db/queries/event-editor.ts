import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventTranslations, events, itineraryStops, programItems, visits } from '@/db/schema';
import { LOCALES, type LocalizedText } from '@/i18n/locales';
import { recordAudit } from './audit';
import { notifyEventCancelled, notifyVisitCancelled } from './cancellations';
import { promoteWaitlisted } from './seats';
import { delegatesByVisit, eventSnapshot, type EventSnapshot } from './event-editor-load';
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
      let before: EventSnapshot | null = null;
      if (data.id) {
        // The same lock registrations take first, so seats and visits never change under a booking.
        const [locked] = await tx.select({ id: events.id }).from(events).where(eq(events.id, data.id)).for('update');
        if (!locked) return { kind: 'notFound' as const };
        before = await eventSnapshot(tx, data.id);
      }
      const [clash] = await tx
        .select({ id: events.id })
        .from(events)
        .where(and(eq(events.slug, data.slug), data.id ? ne(events.id, data.id) : undefined));
      if (clash) return { kind: 'slugTaken' as const };

      const existing = before
        ? await tx.select({ id: visits.id }).from(visits).where(eq(visits.eventId, before.event.id)).orderBy(asc(visits.id)).for('update')
        : [];
      const existingIds = new Set(existing.map((v) => v.id));
      const sent = data.visits.flatMap((v) => (v.visitId ? [v.visitId] : []));
      if (sent.some((id) => !existingIds.has(id)) || new Set(sent).size !== sent.length) return { kind: 'unknownVisit' as const };
      const removed = [...existingIds].filter((id) => !sent.includes(id));
      const delegates = await delegatesByVisit(tx, [...existingIds]);
      // A visit with delegates goes only when the organizer cancels it on purpose: its delegates are told.
      const blocked = removed.find((id) => (delegates[id] ?? 0) > 0 && !data.cancelVisits.includes(id));
      if (blocked) return { kind: 'visitHasRegistrations' as const, visitId: blocked };

      const at = (local: string) => zonedLocalToUtc(local, data.timeZone);
      const maybe = (local: string | null) => (local ? at(local) : null);
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
      const id = data.id
        ? (
            await tx
              .update(events)
              .set({ ...row, updatedAt: new Date() })
              .where(eq(events.id, data.id))
              .returning({ id: events.id })
          )[0]!.id
        : (await tx.insert(events).values(row).returning({ id: events.id }))[0]!.id;

      await tx.delete(eventTranslations).where(eq(eventTranslations.eventId, id));
      const present = LOCALES.filter((l) => data.translations[l].title);
      if (present.length > 0) {
        await tx.insert(eventTranslations).values(
          present.map((locale) => ({
            eventId: id,
            locale,
            ...data.translations[locale],
            // The editor does not edit report figures; they stay as they were.
            reportFigures: before?.translations.find((t) => t.locale === locale)?.reportFigures ?? null,
          })),
        );
      }

      await tx.delete(programItems).where(eq(programItems.eventId, id));
      if (data.program.length > 0) {
        await tx.insert(programItems).values(
          data.program.map((p) => ({
            eventId: id,
            startsAt: at(p.startsAt),
            endsAt: maybe(p.endsAt),
            title: p.title,
            speaker: orNull(p.speaker),
            room: orNull(p.room),
          })),
        );
      }

      let notifiedOfCancelledVisits = 0;
      for (const visit of before?.visits.filter((v) => removed.includes(v.id) && (delegates[v.id] ?? 0) > 0) ?? []) {
        notifiedOfCancelledVisits += await notifyVisitCancelled(tx, visit);
      }
      if (removed.length > 0) await tx.delete(visits).where(inArray(visits.id, removed));
      const visitIds: string[] = [];
      const changedVisits: string[] = [];
      for (const [position, v] of data.visits.entries()) {
        const values = {
          position,
          startsAt: at(v.startsAt),
          endsAt: at(v.endsAt),
          capacity: v.capacity,
          title: v.title,
          description: v.description,
          meetingPoint: v.meetingPoint,
          transport: v.transport,
          updatedAt: new Date(),
        };
        const stops = v.stops.map((s, index) => ({ position: index, at: at(s.at), place: s.place, activity: s.activity }));
        let visitId = v.visitId;
        if (visitId) {
          await tx.update(visits).set(values).where(eq(visits.id, visitId));
          await tx.delete(itineraryStops).where(eq(itineraryStops.visitId, visitId));
          const old = before!.visits.find((o) => o.id === visitId)!;
          if ((delegates[visitId] ?? 0) > 0 && itineraryChanged(old, values, stops)) changedVisits.push(visitId);
        } else {
          visitId = (
            await tx
              .insert(visits)
              .values({ ...values, eventId: id })
              .returning({ id: visits.id })
          )[0]!.id;
        }
        if (stops.length > 0) await tx.insert(itineraryStops).values(stops.map((s) => ({ ...s, visitId: visitId! })));
        visitIds.push(visitId);
      }

      // A raised capacity (event or visit) seats the wait list at once, in order of arrival, each told by e-mail (U5).
      let promoted = 0;
      if (data.id) {
        const [saved] = await tx.select().from(events).where(eq(events.id, id));
        const result = await promoteWaitlisted(tx, saved!);
        promoted = result.promoted.length + result.visitPromoted;
      }
      await recordAudit(tx, {
        actorId,
        action: 'event.save',
        entityType: 'event',
        entityId: id,
        before,
        after: await eventSnapshot(tx, id),
      });
      return { kind: 'ok' as const, id, created: !data.id, visitIds, changedVisits, notifiedOfCancelledVisits, promoted };
    });
  } catch (error) {
    if (isSlugClash(error)) return { kind: 'slugTaken' };
    throw error;
  }
}

const orNull = (value: LocalizedText) => (Object.keys(value).length > 0 ? value : null);
const same = (a: LocalizedText | null, b: LocalizedText | null) => LOCALES.every((l) => (a?.[l] ?? '') === (b?.[l] ?? ''));

type StopValues = { at: Date; place: LocalizedText; activity: LocalizedText };

/** What a delegate's itinerary shows: the visit's times, its meeting point and its stops. */
function itineraryChanged(old: EventSnapshot['visits'][number], next: { startsAt: Date; endsAt: Date; meetingPoint: LocalizedText }, stops: StopValues[]) {
  if (old.startsAt.getTime() !== next.startsAt.getTime() || old.endsAt.getTime() !== next.endsAt.getTime()) return true;
  if (!same(old.meetingPoint, next.meetingPoint) || old.stops.length !== stops.length) return true;
  return old.stops.some((s, i) => s.at.getTime() !== stops[i]!.at.getTime() || !same(s.place, stops[i]!.place) || !same(s.activity, stops[i]!.activity));
}

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
