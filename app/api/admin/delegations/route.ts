import { z } from 'zod';
import { approveDelegation, checkInDelegation } from '@/db/queries/admin-delegations';
import { adminRoute } from '@/server/auth/admin-route';
import { roleAllows } from '@/lib/permissions';
import { revalidatePublic } from '@/server/revalidate';

const ids = z
  .union([z.uuid(), z.array(z.uuid()).max(500)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const schema = z.object({ delegationId: z.uuid(), action: z.enum(['approve', 'checkIn']), ids });

/** A delegation as a unit: approve the ticked pending members, or check in the ticked members who are present. */
export const POST = adminRoute(
  'checkIn',
  schema,
  async ({ db, organizer, data }) => {
    // The list reopens at this delegation's card, saying what was done.
    const to = (done: string, count: number) => ({ query: { done, count: String(count) }, hash: `d-${data.delegationId}` });
    if (data.action === 'approve') {
      // Approval is an organizer's decision; door staff may only check in.
      if (!roleAllows(organizer.role, 'manageAttendees'))
        return { status: 403, body: { error: 'forbidden' }, page: '/admin/forbidden', query: { what: 'action' } };
      const approved = await approveDelegation(db, organizer.id, data.delegationId, data.ids);
      revalidatePublic();
      return { body: { approved }, ...to('approved', approved) };
    }
    const checkedIn = await checkInDelegation(db, organizer.id, data.delegationId, data.ids);
    return { body: { checkedIn }, ...to('checkedIn', checkedIn) };
  },
  // A co-host, for its own events' members only (each query touches only members of the delegation named).
  { target: (data) => ({ registrations: data.ids }) },
);
