import { z } from 'zod';
import { resetSecondFactor, setPassportsNeedSecondFactor } from '@/db/queries/second-factor';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.discriminatedUnion('action', [
  // A checkbox sends "on" when ticked and nothing when not.
  z.object({
    action: z.literal('require'),
    required: z
      .union([z.literal('on'), z.boolean()])
      .optional()
      .transform((v) => v === 'on' || v === true),
  }),
  z.object({ action: z.literal('reset'), id: z.uuid() }),
]);

/** Administrators: require a second factor for passport data, or reset an organizer's lost one. */
export const POST = adminRoute('manageSecurity', schema, async ({ db, organizer, data }) => {
  if (data.action === 'require') await setPassportsNeedSecondFactor(db, organizer.id, data.required);
  else await resetSecondFactor(db, organizer.id, data.id);
  return { query: { result: 'done' } };
});
