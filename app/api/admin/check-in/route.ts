import { z } from 'zod';
import { checkIn } from '@/db/queries/decisions';
import { adminRoute } from '@/server/auth/admin-route';

export const POST = adminRoute(
  'checkIn',
  z.object({ eventId: z.uuid(), reference: z.string().trim().min(1).max(20) }),
  async ({ db, organizer, data }) => {
    const result = await checkIn(db, organizer.id, data.eventId, data.reference);
    return { body: result, status: result.kind === 'not-found' ? 404 : 200 };
  },
  { target: (data) => ({ event: data.eventId }) },
);
