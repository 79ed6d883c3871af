import { setEventStatus } from '@/db/queries/event-editor';
import { adminRoute } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';
import { eventStatusSchema } from '@/lib/validations/event';

/** Publish, unpublish (back to draft) or cancel; HTML forms return to `returnTo` with `?status=<action>`, or `?status=cancelledIsFinal` when refused. */
export const POST = adminRoute('editEvents', eventStatusSchema, async ({ db, organizer, data }) => {
  const result = await setEventStatus(db, organizer.id, data.id, data.action);
  if (result.kind === 'notFound') return { status: 404, body: { error: 'notFound' } };
  // Cancelled in another tab or by someone else meanwhile: the panel says why nothing changed.
  if (result.kind === 'cancelledIsFinal') return { status: 409, body: { error: 'cancelledIsFinal' }, query: { status: 'cancelledIsFinal' } };
  if (result.changed) revalidatePublic();
  return { body: result, query: { status: data.action } };
});
