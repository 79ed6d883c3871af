import { z } from 'zod';
import { changeRegistrationById } from '@/db/queries/manage';
import { adminRoute } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';
import { registrationChangeSchema } from '@/lib/validations/registration';

const visitIds = z
  .union([z.uuid(), z.array(z.uuid()).max(20)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const schema = z.strictObject({ ...registrationChangeSchema.shape, id: z.uuid(), visitIds });

/** An organizer corrects a delegate's contact details or visits: same rules as the delegate's own link, audited. */
export const POST = adminRoute(
  'manageAttendees',
  schema,
  async ({ db, organizer, data }) => {
    const { id, ...change } = data;
    // Audited inside the change's transaction, with the fields that changed.
    const result = await changeRegistrationById(db, id, change, { actorId: organizer.id, action: 'registration.edit' });
    if (result.kind === 'ok') revalidatePublic();
    // 'not-found' here is a registration no longer active (none is ever deleted): its page shows it, so the words are 'not possible now'.
    const outcome = result.kind === 'ok' ? 'ok' : result.kind === 'email-taken' ? 'email-taken' : 'not-allowed';
    return { body: { kind: result.kind }, status: result.kind === 'ok' ? 200 : 409, query: { result: outcome } };
  },
  { target: (data) => ({ registrations: [data.id] }) },
);
