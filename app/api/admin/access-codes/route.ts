import { z } from 'zod';
import { issueAccessCode, revokeAccessCode } from '@/db/queries/access-codes';
import { issueAccessCodeSchema } from '@/lib/validations/access-code';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.discriminatedUnion('action', [
  issueAccessCodeSchema.extend({ action: z.literal('issue') }),
  z.object({ action: z.literal('revoke'), eventId: z.uuid(), id: z.uuid() }),
]);

/** Organizers issue an access code to an invited organization, or revoke one; plain forms return to the codes page. */
export const POST = adminRoute(
  'editEvents',
  schema,
  async ({ db, organizer, data }) => {
    if (data.action === 'issue') {
      const row = await issueAccessCode(db, organizer.id, {
        eventId: data.eventId,
        organization: data.organization,
        quota: data.quota,
        maxDelegationSize: data.maxDelegationSize,
      });
      if (!row) return { status: 404, body: { error: 'notFound' } };
      return { status: 201, body: { id: row.id, code: row.code }, query: { result: 'issued' } };
    }
    const ok = await revokeAccessCode(db, organizer.id, data.eventId, data.id);
    return { status: ok ? 200 : 409, body: ok ? { ok } : { error: 'refused' }, query: { result: ok ? 'revoked' : 'refused' } };
  },
  { target: (data) => ({ event: data.eventId }) },
);
