import { setEventStatus } from '@/db/queries/event-editor';
import { adminRoute } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';
import { eventStatusSchema } from '@/lib/validations/event';

/** Publish, unpublish (back to draft) or cancel; HTML forms return to `returnTo` with `?status=<action>`. */
export const POST = adminRoute('editEvents', eventStatusSchema, async ({ db, organizer, data }) => {
  const result = await setEventStatus(db, organizer.id, data.id, data.action);
  if (result.kind === 'notFound') return { status: 404, body: { error: 'notFound' } };
  if (result.kind === 'cancelledIsFinal') return { status: 409, body: { error: 'cancelledIsFinal' } };
  if (result.changed) revalidatePublic();
  return { body: result, query: { status: data.action } };
});
