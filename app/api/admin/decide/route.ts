import { z } from 'zod';
import { decide, DECISIONS } from '@/db/queries/decisions';
import { adminRoute, safeReturn } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';

export const POST = adminRoute('manageAttendees',
  z.object({ id: z.uuid(), decision: z.enum(DECISIONS), returnTo: z.string().optional() }),
  async ({ db, organizer, data }) => {
    const result = await decide(db, organizer.id, data.id, data.decision);
    if (result.kind === 'ok') revalidatePublic();
    const status = result.kind === 'ok' ? 200 : result.kind === 'not-found' ? 404 : 409;
    const back = safeReturn(data.returnTo)?.split('?')[0];
    return { body: result, status, redirect: back ? `${back}?result=${result.kind}` : undefined };
  }, { target: (data) => ({ registrations: [data.id] }) });
