import { z } from 'zod';
import { saveReminderPlan } from '@/db/queries/reminders';
import { adminRoute } from '@/server/auth/admin-route';

// "168, 24" → [168, 24]: whole hours before the start, up to a year, at most six reminders.
const hours = z
  .string()
  .transform((v) =>
    v
      .split(/[\s,，、;]+/)
      .filter(Boolean)
      .map(Number),
  )
  .pipe(z.array(z.number().int().min(1).max(8760)).max(6));

const schema = z.object({
  eventId: z.uuid(),
  hoursBefore: hours,
  visitEvening: z.literal('on').optional().transform(Boolean),
  eveningHour: z.coerce.number().int().min(0).max(23),
});

/** When an event's reminders go out (#16); a co-host, for its own events. */
export const POST = adminRoute(
  'sendEmail',
  schema,
  async ({ db, organizer, data }) => {
    await saveReminderPlan(db, organizer.id, data.eventId, { hoursBefore: data.hoursBefore, visitEvening: data.visitEvening, eveningHour: data.eveningHour });
    return { body: { ok: true }, query: { result: 'saved' } };
  },
  { target: (data) => ({ event: data.eventId }) },
);
