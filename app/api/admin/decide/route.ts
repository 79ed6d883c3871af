import { z } from 'zod';
import { decide } from '@/db/queries/decisions';
import { DECISIONS } from '@/lib/domain';
import { adminRoute } from '@/server/auth/admin-route';
import { revalidatePublic } from '@/server/revalidate';

export const POST = adminRoute(
  'manageAttendees',
  z.object({ id: z.uuid(), decision: z.enum(DECISIONS) }),
  async ({ db, organizer, data }) => {
    const result = await decide(db, organizer.id, data.id, data.decision);
    if (result.kind === 'ok') revalidatePublic();
    const status = result.kind === 'ok' ? 200 : result.kind === 'not-found' ? 404 : 409;
    return { body: result, status, query: { result: result.kind } };
  },
  { target: (data) => ({ registrations: [data.id] }) },
);
