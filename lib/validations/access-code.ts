import { z } from 'zod';
import { text } from './primitives';

/** The organizer's form for a new code. */
export const issueAccessCodeSchema = z.object({
  eventId: z.uuid(),
  organization: z.pipe(text(200), z.string().min(1, { error: 'required' })),
  quota: z.coerce.number({ error: 'required' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(10_000, { error: 'invalid' }),
  maxDelegationSize: z
    .union([z.literal('').transform(() => null), z.coerce.number().int().min(1).max(500)])
    .optional()
    .transform((v) => v ?? null),
});
