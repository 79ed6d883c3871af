import { z } from 'zod';
import { setCoHostEvents } from '@/db/queries/co-hosts';
import { adminRoute } from '@/server/auth/admin-route';

// Checkboxes send one value, several, or none.
const eventIds = z
  .union([z.uuid(), z.array(z.uuid()).max(500)])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** Administrators choose the events a co-host account may manage; audited, and in force from its next request. */
export const POST = adminRoute('manageSecurity', z.object({ organizerId: z.uuid(), eventIds }), async ({ db, organizer, data }) => {
  const ok = await setCoHostEvents(db, organizer.id, data.organizerId, data.eventIds);
  return { body: ok ? { ok } : { error: 'refused' }, status: ok ? 200 : 409, query: { result: ok ? 'done' : 'refused' } };
});
