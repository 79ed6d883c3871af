import { z } from 'zod';
import { endSessionById, resetPassword, setDisabled, setRole } from '@/db/queries/accounts';
import { ROLES } from '@/lib/domain';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('disable'), id: z.uuid() }),
  z.object({ action: z.literal('enable'), id: z.uuid() }),
  z.object({ action: z.literal('role'), id: z.uuid(), role: z.enum(ROLES) }),
  z.object({ action: z.literal('resetPassword'), id: z.uuid() }),
  z.object({ action: z.literal('endSession'), session: z.string().regex(/^[0-9a-f]{64}$/) }),
]);

/**
 * Administrators manage other accounts: disable (its sessions end at once) or enable, change the role,
 * give a new printed password (shown once, to be changed at the next sign-in), end a session.
 * Each is audited; each needs a session signed in with a code once any administrator has a factor.
 */
export const POST = adminRoute('manageSecurity', schema, async ({ db, organizer, data }) => {
  const answer = (ok: boolean, body: Record<string, unknown> = {}) => ({
    body: ok ? { ok, ...body } : { error: 'refused' },
    status: ok ? 200 : 409,
    query: { result: ok ? 'done' : 'refused' },
  });
  switch (data.action) {
    case 'disable':
    case 'enable':
      return answer(await setDisabled(db, organizer.id, data.id, data.action === 'disable'));
    case 'role':
      return answer(await setRole(db, organizer.id, data.id, data.role));
    case 'endSession':
      return answer(await endSessionById(db, organizer.id, data.session));
    case 'resetPassword': {
      // Only ever answered as JSON to the page that asked: a password must not travel in a redirect URL.
      const password = await resetPassword(db, organizer.id, data.id);
      return password ? { body: { ok: true, password } } : { body: { error: 'refused' }, status: 409 };
    }
  }
});
