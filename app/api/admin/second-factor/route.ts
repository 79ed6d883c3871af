import { z } from 'zod';
import { confirmEnrolment, disableSecondFactor, startEnrolment } from '@/db/queries/second-factor';
import { recordFailure, throttleWait } from '@/db/queries/throttle';
import { adminRoute, safeReturn } from '@/lib/auth/admin-route';
import { clientIp } from '@/lib/http';

const code = z.string().trim().max(20);
const schema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), returnTo: z.string().optional() }),
  z.object({ action: z.literal('confirm'), code, returnTo: z.string().optional() }),
  z.object({ action: z.literal('disable'), code, returnTo: z.string().optional() }),
]);

/**
 * The signed-in organizer's own second factor: start enrolment, confirm it with a first code, or turn
 * it off. Codes here count toward the same slow-down as sign-in: wrong ones fill it, and once full no
 * code is looked at until it drains.
 */
export const POST = adminRoute('ownAccount', schema, async ({ db, organizer, data, request }) => {
  if (data.action === 'start') {
    await startEnrolment(db, organizer.id);
    return {};
  }
  const attempt = { ip: clientIp(request) };
  const back = safeReturn(data.returnTo)?.split('?')[0];
  if ((await throttleWait(db, organizer.email, attempt)) > 0) {
    return { body: { result: 'locked' }, status: 429, redirect: back ? `${back}?result=locked` : undefined };
  }
  const digits = data.code.replace(/\s/g, '');
  const ok = data.action === 'confirm'
    ? await confirmEnrolment(db, organizer.id, digits)
    : await disableSecondFactor(db, organizer.id, digits);
  if (!ok) await recordFailure(db, organizer.email, attempt);
  const result = ok ? (data.action === 'confirm' ? 'on' : 'off') : 'code';
  return { body: { result }, status: ok ? 200 : 400, redirect: back ? `${back}?result=${result}` : undefined };
});
