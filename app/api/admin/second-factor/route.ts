import { cookies } from 'next/headers';
import { z } from 'zod';
import { confirmEnrolment, disableSecondFactor, startEnrolment } from '@/db/queries/second-factor';
import { adminRoute, safeReturn } from '@/lib/auth/admin-route';
import { SESSION_COOKIE } from '@/lib/auth/session';

const code = z.string().trim().max(20);
const schema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('start'), returnTo: z.string().optional() }),
  z.object({ action: z.literal('confirm'), code, returnTo: z.string().optional() }),
  z.object({ action: z.literal('disable'), code, returnTo: z.string().optional() }),
]);

/** The signed-in organizer's own second factor: start enrolment, confirm it with a first code, or turn it off. */
export const POST = adminRoute('ownAccount', schema, async ({ db, organizer, data }) => {
  if (data.action === 'start') {
    await startEnrolment(db, organizer.id);
    return {};
  }
  const digits = data.code.replace(/\s/g, '');
  const ok = data.action === 'confirm'
    ? await confirmEnrolment(db, organizer.id, (await cookies()).get(SESSION_COOKIE)?.value ?? '', digits)
    : await disableSecondFactor(db, organizer.id, digits);
  const result = ok ? (data.action === 'confirm' ? 'on' : 'off') : 'code';
  const back = safeReturn(data.returnTo)?.split('?')[0];
  return { body: { result }, status: ok ? 200 : 400, redirect: back ? `${back}?result=${result}` : undefined };
});
