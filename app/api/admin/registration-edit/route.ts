import { z } from 'zod';
import { changeRegistrationById } from '@/db/queries/manage';
import { adminRoute, safeReturn } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';
import { registrationChangeSchema } from '@/lib/validations/registration';

const visitIds = z.union([z.uuid(), z.array(z.uuid()).max(20)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const schema = registrationChangeSchema.omit({ visitIds: true }).extend({ id: z.uuid(), visitIds, returnTo: z.string().optional() });

/** An organizer corrects a delegate's contact details or visits: same rules as the delegate's own link, audited. */
export const POST = adminRoute('manageAttendees', schema, async ({ db, organizer, data }) => {
  const { id, returnTo, ...change } = data;
  // Audited inside the change's transaction, with the fields that changed.
  const result = await changeRegistrationById(db, id, change, { actorId: organizer.id, action: 'registration.edit' });
  if (result.kind === 'ok') revalidatePublic();
  const back = safeReturn(returnTo)?.split('?')[0];
  const outcome = result.kind === 'ok' ? 'ok' : result.kind === 'email-taken' ? 'invalid' : 'not-found';
  return { body: { kind: result.kind }, status: result.kind === 'ok' ? 200 : 409, redirect: back ? `${back}?result=${outcome}` : undefined };
});
