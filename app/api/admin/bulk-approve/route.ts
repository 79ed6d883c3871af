import { z } from 'zod';
import { decide } from '@/db/queries/decisions';
import { adminRoute } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';

const ids = z.union([z.uuid(), z.array(z.uuid()).max(500)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** Approve every selected pending delegate; each one is a separate, seat-checked decision. */
export const POST = adminRoute(
  'manageAttendees',
  z.object({ ids }),
  async ({ db, organizer, data }) => {
    let approved = 0;
    for (const id of data.ids) if ((await decide(db, organizer.id, id, 'approve')).kind === 'ok') approved++;
    revalidatePublic();
    return { body: { approved, of: data.ids.length }, query: { result: approved > 0 ? 'ok' : 'not-allowed' } };
  },
  { target: (data) => ({ registrations: data.ids }) },
);
