import { cookies } from 'next/headers';
import { z } from 'zod';
import { changeOwnPassword } from '@/db/queries/accounts';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain';
import { adminRoute } from '@/server/auth/admin-route';
import { SESSION_COOKIE } from '@/server/auth/session';
import { clientIp } from '@/server/http';

const schema = z.object({
  current: z.string().min(1).max(200),
  next: z.string().min(MIN_PASSWORD_LENGTH, { error: 'tooShort' }).max(200),
  repeat: z.string().max(200),
});

/** The signed-in organizer's own password: the current one first; every other session ends. */
export const POST = adminRoute(
  'ownAccount',
  schema,
  async ({ db, organizer, data, request }) => {
    const result =
      data.next !== data.repeat
        ? 'mismatch'
        : await changeOwnPassword(db, organizer.id, (await cookies()).get(SESSION_COOKIE)?.value ?? '', data.current, data.next, { ip: clientIp(request) });
    const status = result === 'changed' ? 200 : result === 'locked' ? 429 : 400;
    return { body: { result }, status, query: { result } };
  },
  { beforePasswordChange: true, target: () => 'own' },
);
