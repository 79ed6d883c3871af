import { z } from 'zod';
import { resendEmail } from '@/db/queries/outbox';
import { adminRoute } from '@/server/auth/admin-route';

export const POST = adminRoute(
  'sendEmail',
  z.object({ emailId: z.coerce.number().int().positive() }),
  async ({ db, organizer, data }) => {
    const ok = await resendEmail(db, organizer.id, data.emailId);
    return { body: { ok }, status: ok ? 200 : 404 };
  },
  { target: (data) => ({ email: data.emailId }) },
);
