import { and, eq, gt, like, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { events, outboundEmails, registrationVisits, registrations, reminderSettings, visits } from '@/db/schema';
import { recordAudit } from './audit';
import { DEFAULT_REMINDERS, isDue, type ReminderPlan, reminderSlots } from '@/lib/reminders';

async function reminderPlan(db: Database, eventId: string): Promise<ReminderPlan> {
  const [row] = await db.select().from(reminderSettings).where(eq(reminderSettings.eventId, eventId));
  return row ? { hoursBefore: row.hoursBefore, visitEvening: row.visitEvening, eveningHour: row.eveningHour } : DEFAULT_REMINDERS;
}

/** An event's reminder times, and the audit entry that says who set them, in one transaction. */
export async function saveReminderPlan(db: Database, actorId: string | null, eventId: string, plan: ReminderPlan) {
  const values = { ...plan, hoursBefore: [...new Set(plan.hoursBefore)].sort((a, b) => b - a), updatedAt: new Date() };
  await db.transaction(async (tx) => {
    await tx
      .insert(reminderSettings)
      .values({ eventId, ...values })
      .onConflictDoUpdate({ target: reminderSettings.eventId, set: values });
    await recordAudit(tx, { actorId, action: 'reminders.save', entityType: 'event', entityId: eventId, after: plan });
  });
}

/** An event's reminders with how many have gone out (queued) for each, for the organizer's page. */
export async function reminderOverview(db: Database, eventId: string) {
  const [event] = await db.select().from(events).where(eq(events.id, eventId));
  if (!event) return null;
  const plan = await reminderPlan(db, eventId);
  const eventVisits = await db.select({ id: visits.id, startsAt: visits.startsAt, title: visits.title }).from(visits).where(eq(visits.eventId, eventId));
  const slots = reminderSlots(plan, event, eventVisits);
  const counts = await db
    .select({ key: sql<string>`split_part(${outboundEmails.dedupeKey}, '|', 1)`, n: sql<number>`count(*)::int` })
    .from(outboundEmails)
    .innerJoin(registrations, eq(registrations.id, outboundEmails.registrationId))
    .where(and(eq(registrations.eventId, eventId), like(outboundEmails.dedupeKey, 'reminder:%')))
    .groupBy(sql`1`);
  return {
    event,
    plan,
    slots: slots.map((s) => ({
      ...s,
      queued: counts.find((c) => c.key === `reminder:${s.key}`)?.n ?? 0,
      visit: eventVisits.find((v) => v.id === s.visitId) ?? null,
    })),
  };
}

/**
 * Queue every due reminder for every confirmed registrant (for a visit: confirmed on that visit) who
 * registered before its time. One INSERT … SELECT per reminder; the outbox's unique key makes a second
 * run — another worker, a restart — add nothing.
 */
export async function queueDueReminders(db: Database, now: Date) {
  const upcoming = await db
    .select()
    .from(events)
    .where(and(eq(events.status, 'published'), gt(events.startsAt, new Date(now.getTime() - 31 * 24 * 3600_000))));
  let queued = 0;
  for (const event of upcoming) {
    const plan = await reminderPlan(db, event.id);
    const eventVisits = await db.select({ id: visits.id, startsAt: visits.startsAt }).from(visits).where(eq(visits.eventId, event.id));
    for (const slot of reminderSlots(plan, event, eventVisits).filter((s) => isDue(s, now))) {
      const onVisit = slot.visitId
        ? sql`and exists (select 1 from ${registrationVisits} rv where rv.registration_id = r.id and rv.visit_id = ${slot.visitId} and rv.status = 'confirmed')`
        : sql``;
      const payload = JSON.stringify({ reminder: slot.key, visitId: slot.visitId });
      const result = await db.execute(sql`
        insert into ${outboundEmails} (kind, registration_id, locale, to_address, payload, dedupe_key)
        select 'reminder', r.id, r.locale, r.email, ${payload}::jsonb, ${`reminder:${slot.key}|`} || r.id::text
        from ${registrations} r
        where r.event_id = ${event.id} and r.status = 'confirmed' and r.created_at <= ${slot.sendAt.toISOString()}::timestamptz ${onVisit}
        on conflict (dedupe_key) do nothing
        returning id`);
      const rows = (result as unknown as { rows: { id: number }[] }).rows;
      queued += rows.length;
    }
  }
  return queued;
}
