import { z } from 'zod';
import { retryFailedEmail } from '@/db/queries/outbox';
import { adminRoute } from '@/server/auth/admin-route';

export const POST = adminRoute(
  'sendEmail',
  z.object({ id: z.coerce.number().int().positive() }),
  async ({ db, organizer, data }) => {
    const ok = await retryFailedEmail(db, organizer.id, data.id);
    return { body: { ok }, status: ok ? 200 : 409 };
  },
  { target: (data) => ({ email: data.id }) },
);
