import { z } from 'zod';

/** The organizer's form for a new code. */
export const issueAccessCodeSchema = z.object({
  eventId: z.uuid(),
  organization: z.string().trim().min(1, { error: 'required' }).max(200, { error: 'tooLong' }),
  quota: z.coerce.number({ error: 'required' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(10_000, { error: 'invalid' }),
  maxDelegationSize: z
    .union([z.literal('').transform(() => null), z.coerce.number().int().min(1).max(500)])
    .optional()
    .transform((v) => v ?? null),
});
