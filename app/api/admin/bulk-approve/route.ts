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
    const of = data.ids.length;
    // Some may have been decided meanwhile (another tab, another organizer): the page says how many of the ticked were approved.
    const result = approved === of ? 'ok' : approved === 0 ? 'not-allowed' : 'partial';
    return { body: { approved, of }, query: { result, approved: String(approved), of: String(of) } };
  },
  { target: (data) => ({ registrations: data.ids }) },
);
