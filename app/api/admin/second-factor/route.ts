import { z } from 'zod';
import { startEnrolment, enterOwnCode } from '@/db/queries/second-factor';
import { adminRoute } from '@/server/auth/admin-route';
import { clientIp } from '@/server/http';

const code = z.string().trim().max(20);
const schema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start') }),
  z.object({ action: z.literal('confirm'), code }),
  z.object({ action: z.literal('disable'), code }),
]);

/**
 * The signed-in organizer's own second factor: start enrolment, confirm it with a first code, or turn
 * it off. Codes here count toward the same slow-down as sign-in (`enterOwnCode`).
 */
export const POST = adminRoute(
  'ownAccount',
  schema,
  async ({ db, organizer, data, request }) => {
    if (data.action === 'start') {
      await startEnrolment(db, organizer.id);
      return {};
    }
    const result = await enterOwnCode(db, organizer, data.action, data.code, { ip: clientIp(request) });
    const status = result === 'on' || result === 'off' ? 200 : result === 'locked' ? 429 : 400;
    return { body: { result }, status, query: { result } };
  },
  { target: () => 'own' },
);
