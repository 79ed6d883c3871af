import { z } from 'zod';
import { resendEmail } from '@/db/queries/outbox';
import { adminRoute } from '@/server/auth/admin-route';

export const POST = adminRoute(
  'sendEmail',
  z.object({ emailId: z.coerce.number().int().positive() }),
  async ({ db, organizer, data }) => {
    const ok = await resendEmail(db, organizer.id, data.emailId);
    // Refused for an e-mail that belongs to no registration: there is no delegate to send it to again.
    return { body: { ok }, status: ok ? 200 : 404, query: { result: ok ? 'resent' : 'notResent' } };
  },
  { target: (data) => ({ email: data.emailId }) },
);
