import { z } from 'zod';
import { getDb } from '@/db/client';
import { addMember, cancelDelegation, cancelMember, changeMemberTravel, changeMemberVisits, type DelegationChange } from '@/db/queries/delegation-changes';
import { delegationByToken } from '@/db/queries/delegations';
import { clientIp, fromOwnSite, json, readJson, safeErrorLabel } from '@/server/http';
import { limitRegistration } from '@/server/rate-limit';
import { revalidatePublic } from '@/server/revalidate';
import { delegationErrors, memberSchema } from '@/lib/validations/delegation';
import { travelErrors, travelSchema } from '@/lib/validations/travel';

export const dynamic = 'force-dynamic';

const envelope = z.object({
  token: z.string().max(100),
  action: z.enum(['add', 'visits', 'travel', 'cancelMember', 'cancel']),
  memberId: z.uuid().optional(),
  visitIds: z.array(z.uuid()).max(20).optional(),
  member: z.unknown().optional(),
  travel: z.unknown().optional(),
});

/** The head of a delegation changes it from their page; the token in the body is the only credential. */
export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const parsed = envelope.safeParse(body.value);
  if (!parsed.success) return json({ error: 'notFound' }, 404);
  // Guessing tokens is rate-limited like submissions.
  const retryAfter = await limitRegistration(`delegation:${clientIp(request)}`);
  if (retryAfter > 0) return json({ error: 'rateLimited' }, 429, { 'Retry-After': String(retryAfter) });
  const { token, action, memberId, visitIds, member, travel } = parsed.data;
  try {
    const db = await getDb();
    const delegation = await delegationByToken(db, token);
    if (!delegation) return json({ error: 'notFound' }, 404);
    let result: DelegationChange;
    if (action === 'add') {
      const m = memberSchema.safeParse(member ?? {});
      if (!m.success) return json({ error: 'validation', fields: delegationErrors(m.error) }, 400);
      result = await addMember(db, token, m.data);
    } else if (action === 'visits') {
      result = memberId ? await changeMemberVisits(db, token, memberId, visitIds ?? []) : { kind: 'not-found' };
    } else if (action === 'travel') {
      // A member's arrival and departure, checked with the schema the delegate's own page uses (#16).
      const checked = travelSchema.safeParse(travel ?? {});
      if (!checked.success) return json({ error: 'validation', fields: travelErrors(checked.error) }, 400);
      result = memberId ? await changeMemberTravel(db, token, memberId, checked.data) : { kind: 'not-found' };
    } else if (action === 'cancelMember') {
      result = memberId ? await cancelMember(db, token, memberId) : { kind: 'not-found' };
    } else {
      result = await cancelDelegation(db, token);
    }
    if (result.kind === 'email-taken') return json({ error: 'validation', fields: { email: 'emailTaken' } }, 400);
    if (result.kind === 'noPlaces') return json({ error: 'noPlaces' }, 409);
    if (result.kind !== 'ok') return json({ error: result.kind === 'closed' ? 'closed' : 'notFound' }, result.kind === 'closed' ? 409 : 404);
    revalidatePublic();
    return json({ ok: true });
  } catch (error) {
    console.error(`delegation change failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503, { 'Retry-After': '2' });
  }
}
