import { z } from 'zod';
import { closeLetter } from '@/db/queries/letters';
import { reasonSchema } from '@/lib/validations/visa';
import { adminRoute } from '@/server/auth/admin-route';
import { issueLetter } from '@/server/letters';

const schema = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['issue', 'regenerate']), id: z.uuid() }),
  z.object({ action: z.enum(['refuse', 'revoke']), id: z.uuid(), reason: reasonSchema }),
]);

/** An organizer's decision on a letter; the page shows what happened (?result=…). */
export const POST = adminRoute(
  'manageAttendees',
  schema,
  async ({ db, organizer, data }) => {
    let result: string;
    if (data.action === 'refuse' || data.action === 'revoke') result = (await closeLetter(db, organizer.id, data.id, data.action, data.reason)).kind;
    else result = await issueLetter(db, organizer.id, data.id);
    return { body: { result }, status: result === 'ok' ? 200 : 409, query: { result } };
  },
  { maxBytes: 8 * 1024, target: (data) => ({ letter: data.id }) },
);
