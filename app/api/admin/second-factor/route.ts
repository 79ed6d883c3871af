import { z } from 'zod';
import { startEnrolment, enterOwnCode } from '@/db/queries/second-factor';
import { adminRoute, safeReturn } from '@/server/auth/admin-route';
import { clientIp } from '@/server/http';

const code = z.string().trim().max(20);
const schema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), returnTo: z.string().optional() }),
  z.object({ action: z.literal('confirm'), code, returnTo: z.string().optional() }),
  z.object({ action: z.literal('disable'), code, returnTo: z.string().optional() }),
]);

/**
 * The signed-in organizer's own second factor: start enrolment, confirm it with a first code, or turn
 * it off. Codes here count toward the same slow-down as sign-in (`enterOwnCode`).
 */
export const POST = adminRoute('ownAccount', schema, async ({ db, organizer, data, request }) => {
  if (data.action === 'start') {
    await startEnrolment(db, organizer.id);
    return {};
  }
  const result = await enterOwnCode(db, organizer, data.action, data.code, { ip: clientIp(request) });
  const back = safeReturn(data.returnTo)?.split('?')[0];
  const status = result === 'on' || result === 'off' ? 200 : result === 'locked' ? 429 : 400;
  return { body: { result }, status, redirect: back ? `${back}?result=${result}` : undefined };
}, { target: () => 'own' });
