import { z } from 'zod';
import { sendAnnouncement } from '@/db/queries/announcements';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.object({ id: z.uuid() });

/** Sends a saved draft once: a second click or another tab finds it sent and adds nothing. */
export const POST = adminRoute('sendEmail', schema, async ({ db, organizer, data }) => {
  const result = await sendAnnouncement(db, data.id, organizer.id);
  return { body: result, query: { result: result.sent ? 'sending' : 'already-sent' } };
});
