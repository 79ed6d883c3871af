import { z } from 'zod';
import { setCoHostEvents } from '@/db/queries/co-hosts';
import { adminRoute, safeReturn } from '@/server/auth/admin-route';

// Checkboxes send one value, several, or none.
const eventIds = z.union([z.uuid(), z.array(z.uuid()).max(500)]).optional().transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

/** Administrators choose the events a co-host account may manage; audited, and in force from its next request. */
export const POST = adminRoute('manageSecurity', z.object({ organizerId: z.uuid(), eventIds, returnTo: z.string().optional() }),
  async ({ db, organizer, data }) => {
    const ok = await setCoHostEvents(db, organizer.id, data.organizerId, data.eventIds);
    const back = safeReturn(data.returnTo)?.split('?')[0];
    return { body: ok ? { ok } : { error: 'refused' }, status: ok ? 200 : 409, redirect: back ? `${back}?result=${ok ? 'done' : 'refused'}` : undefined };
  });
