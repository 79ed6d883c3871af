import { and, eq, gt, like, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { delegations, events, outboundEmails, registrationVisits, registrations, reminderSettings, visits } from '@/db/schema';
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
 * registered before its time, one per address: a delegation member without an address of their own is
 * reached through the head's registration (as `audienceRecipients`), so the head gets one reminder naming
 * every member it covers (`payload.members`), themselves too when confirmed. One INSERT … SELECT per
 * reminder; the outbox's unique key (reminder and recipient) makes a second run — another worker, a
 * restart — add nothing.
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
      // The recipient may be a head who is not confirmed: they are written to for their members only.
      const result = await db.execute(sql`
        insert into ${outboundEmails} (kind, registration_id, locale, to_address, payload, dedupe_key)
        select 'reminder', h.id, h.locale, h.email, ${payload}::jsonb || jsonb_build_object('members', c.members), ${`reminder:${slot.key}|`} || h.id::text
        from (
          select case when r.email_from_head and d.head_registration_id is not null then d.head_registration_id else r.id end as through,
            jsonb_agg(r.id order by r.created_at, r.id) as members
          from ${registrations} r left join ${delegations} d on d.id = r.delegation_id
          where r.event_id = ${event.id} and r.status = 'confirmed' and r.created_at <= ${slot.sendAt.toISOString()}::timestamptz ${onVisit}
          group by 1
        ) c
        join ${registrations} h on h.id = c.through
        on conflict (dedupe_key) do nothing
        returning id`);
      const rows = (result as unknown as { rows: { id: number }[] }).rows;
      queued += rows.length;
    }
  }
  return queued;
}
