import { z } from 'zod';
import { revealLetterDetails } from '@/db/queries/letters';
import { adminRoute } from '@/server/auth/admin-route';

/** A letter's passport details, for an administrator; every look is audited. */
export const POST = adminRoute(
  'revealPassport',
  z.object({ id: z.uuid() }),
  async ({ db, organizer, data }) => {
    const details = await revealLetterDetails(db, organizer.id, data.id);
    return details ? { body: details } : { body: { error: 'notFound' }, status: 404 };
  },
  { target: (data) => ({ letter: data.id }) },
);
