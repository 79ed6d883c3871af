import { z } from 'zod';
import { DELEGATION_TYPES, REGISTRATION_STATUSES } from '@/lib/domain';
import { isUuid } from '@/lib/ids';

const SORTS = ['created', 'name', 'organization', 'country', 'status', 'reference', 'delegation'] as const;

/** The attendee list's query string: anything outside these allowlists falls back to the default. */
export const attendeeFilterSchema = z.object({
  // NUL cannot be stored or searched in PostgreSQL text: dropped, never passed to the query.
  q: z
    .string()
    .transform((v) => v.replaceAll('\0', ''))
    .pipe(z.string().trim().max(100))
    .optional()
    .catch(undefined),
  status: z.enum(REGISTRATION_STATUSES).optional().catch(undefined),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .optional()
    .catch(undefined),
  type: z.enum(DELEGATION_TYPES).optional().catch(undefined),
  visit: z.uuid().optional().catch(undefined),
  /** One delegation's members, or `none`: those who registered on their own. */
  delegation: z
    .union([z.uuid(), z.literal('none')])
    .optional()
    .catch(undefined),
  checkedIn: z.enum(['yes', 'no']).optional().catch(undefined),
  /** An answer to one of the event's questions (#16): `<question id>:<option id | yes | no | text>`. */
  answer: z
    .string()
    .max(200)
    .regex(/^.{36}:.+$/)
    .refine((v) => isUuid(v.slice(0, 36)))
    .optional()
    .catch(undefined),
  sort: z.enum(SORTS).catch('created').default('created'),
  dir: z.enum(['asc', 'desc']).catch('desc').default('desc'),
  page: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AttendeeFilter = z.output<typeof attendeeFilterSchema>;
