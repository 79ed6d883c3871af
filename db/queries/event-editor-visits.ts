import { asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { itineraryStops, visits } from '@/db/schema';
import { LOCALES, type LocalizedText } from '@/i18n/locales';
import type { EventData } from '@/lib/validations/event';
import { notifyVisitCancelled } from './cancellations';
import { delegatesByVisit, type EventSnapshot } from './event-editor-load';

// The visits part of saving an event (saveEvent in event-editor.ts): inside its transaction, after the event's lock.

export interface VisitPlan {
  /** Saved visits the form no longer has. */
  removed: string[];
  /** Delegates per saved visit. */
  delegates: Record<string, number>;
}

/** Which saved visits go; refused when the form names a visit the event does not have, or drops one with delegates by accident. */
export async function planVisits(
  tx: Database,
  before: EventSnapshot | null,
  data: EventData,
): Promise<VisitPlan | { kind: 'unknownVisit' } | { kind: 'visitHasRegistrations'; visitId: string }> {
  const existing = before
    ? await tx.select({ id: visits.id }).from(visits).where(eq(visits.eventId, before.event.id)).orderBy(asc(visits.id)).for('update')
    : [];
  const existingIds = new Set(existing.map((v) => v.id));
  const sent = data.visits.flatMap((v) => (v.visitId ? [v.visitId] : []));
  if (sent.some((id) => !existingIds.has(id)) || new Set(sent).size !== sent.length) return { kind: 'unknownVisit' };
  const removed = [...existingIds].filter((id) => !sent.includes(id));
  const delegates = await delegatesByVisit(tx, [...existingIds]);
  // A visit with delegates goes only when the organizer cancels it on purpose: its delegates are told.
  const blocked = removed.find((id) => (delegates[id] ?? 0) > 0 && !data.cancelVisits.includes(id));
  if (blocked) return { kind: 'visitHasRegistrations', visitId: blocked };
  return { removed, delegates };
}

/** The removed visits go; the delegates of each are told first. Returns how many were told. */
export async function cancelRemovedVisits(tx: Database, before: EventSnapshot | null, { removed, delegates }: VisitPlan) {
  let notified = 0;
  for (const visit of before?.visits.filter((v) => removed.includes(v.id) && (delegates[v.id] ?? 0) > 0) ?? []) {
    notified += await notifyVisitCancelled(tx, visit);
  }
  if (removed.length > 0) await tx.delete(visits).where(inArray(visits.id, removed));
  return notified;
}

/** The form's visits in its order, each with its stops; a saved visit keeps its id. Names the saved ones whose itinerary changed. */
export async function writeVisits(
  tx: Database,
  eventId: string,
  sent: EventData['visits'],
  before: EventSnapshot | null,
  { delegates }: VisitPlan,
  at: (local: string) => Date,
) {
  const visitIds: string[] = [];
  const changedVisits: string[] = [];
  for (const [position, v] of sent.entries()) {
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
      const [created] = await tx
        .insert(visits)
        .values({ ...values, eventId })
        .returning({ id: visits.id });
      visitId = created!.id;
    }
    await writeStops(tx, visitId, stops);
    visitIds.push(visitId);
  }
  return { visitIds, changedVisits };
}

async function writeStops(tx: Database, visitId: string, stops: StopValues[]) {
  if (stops.length > 0) await tx.insert(itineraryStops).values(stops.map((s) => ({ ...s, visitId })));
}

const same = (a: LocalizedText | null, b: LocalizedText | null) => LOCALES.every((l) => (a?.[l] ?? '') === (b?.[l] ?? ''));

type StopValues = { position: number; at: Date; place: LocalizedText; activity: LocalizedText };

/** What a delegate's itinerary shows: the visit's times, its meeting point and its stops. */
function itineraryChanged(old: EventSnapshot['visits'][number], next: { startsAt: Date; endsAt: Date; meetingPoint: LocalizedText }, stops: StopValues[]) {
  if (old.startsAt.getTime() !== next.startsAt.getTime() || old.endsAt.getTime() !== next.endsAt.getTime()) return true;
  if (!same(old.meetingPoint, next.meetingPoint) || old.stops.length !== stops.length) return true;
  return old.stops.some((s, i) => s.at.getTime() !== stops[i]!.at.getTime() || !same(s.place, stops[i]!.place) || !same(s.activity, stops[i]!.activity));
}
