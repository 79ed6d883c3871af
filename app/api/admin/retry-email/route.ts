import { z } from 'zod';
import { retryFailedEmail } from '@/db/queries/outbox';
import { adminRoute } from '@/server/auth/admin-route';

export const POST = adminRoute(
  'sendEmail',
  z.object({ id: z.coerce.number().int().positive() }),
  async ({ db, organizer, data }) => {
    const ok = await retryFailedEmail(db, organizer.id, data.id);
    // Refused when it is no longer failed (retried meanwhile, or sent after all): the page says so.
    return { body: { ok }, status: ok ? 200 : 409, query: { result: ok ? 'retried' : 'notFailed' } };
  },
  { target: (data) => ({ email: data.id }) },
);
