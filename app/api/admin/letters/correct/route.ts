import { z } from 'zod';
import { letterCorrectionSchema } from '@/lib/validations/visa';
import { adminRoute } from '@/server/auth/admin-route';
import { issueLetter } from '@/server/letters';

const schema = z.object({ id: z.uuid() }).and(letterCorrectionSchema);

/** Corrected details, then the next revision of the letter: passport data, so administrators only. */
export const POST = adminRoute(
  'revealPassport',
  schema,
  async ({ db, organizer, data }) => {
    const { id, ...details } = data;
    const result = await issueLetter(db, organizer.id, id, details);
    return { body: { result }, status: result === 'ok' ? 200 : 409, query: { result } };
  },
  { target: (data) => ({ letter: data.id }) },
);
