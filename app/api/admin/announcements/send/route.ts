import { z } from 'zod';
import { sendAnnouncement } from '@/db/queries/announcements';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.object({ id: z.uuid(), eventId: z.uuid() });

/** Sends a saved draft once: a second click or another tab finds it sent and adds nothing. Only a draft of the event named. */
export const POST = adminRoute(
  'sendEmail',
  schema,
  async ({ db, organizer, data }) => {
    const result = await sendAnnouncement(db, data.eventId, data.id, organizer.id);
    if ('notFound' in result) return { status: 404, body: { error: 'notFound' } };
    return { body: result, query: { result: result.sent ? 'sending' : 'already-sent' } };
  },
  { target: (data) => ({ event: data.eventId }) },
);
