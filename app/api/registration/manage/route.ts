import { z } from 'zod';
import { getDb } from '@/db/client';
import { cancelRegistration, changeRegistration, registrationIdByToken } from '@/db/queries/manage';
import { eraseRegistration } from '@/db/queries/privacy';
import { clientIp, fromOwnSite, json, readJson, safeErrorLabel } from '@/server/http';
import { limitRegistration } from '@/server/rate-limit';
import { revalidatePublic } from '@/server/revalidate';
import { fieldErrors, registrationChangeSchema } from '@/lib/validations/registration';

export const dynamic = 'force-dynamic';

const envelope = z.object({ token: z.string().max(100), action: z.enum(['update', 'cancel', 'erase']) });

/** A delegate changes or cancels their registration; the token in the body is the only credential. */
export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const { token, action, ...fields } = (body.value ?? {}) as Record<string, unknown>;
  const head = envelope.safeParse({ token, action });
  if (!head.success) return json({ error: 'notFound' }, 404);
  // Guessing tokens is rate-limited like submissions.
  const retryAfter = await limitRegistration(`manage:${clientIp(request)}`);
  if (retryAfter > 0) return json({ error: 'rateLimited' }, 429, { 'Retry-After': String(retryAfter) });
  try {
    const db = await getDb();
    if (head.data.action === 'erase') {
      const id = await registrationIdByToken(db, head.data.token);
      if (!id) return json({ error: 'notFound' }, 404);
      await eraseRegistration(db, id);
    } else if (head.data.action === 'cancel') {
      const result = await cancelRegistration(db, head.data.token);
      if (result.kind !== 'ok') return json({ error: 'notFound' }, 404);
    } else {
      const parsed = registrationChangeSchema.safeParse(fields);
      if (!parsed.success) return json({ error: 'validation', fields: fieldErrors(parsed.error) }, 400);
      // Audited in the change's own transaction, like an organizer's edit (U12).
      const result = await changeRegistration(db, head.data.token, parsed.data);
      if (result.kind === 'not-found') return json({ error: 'notFound' }, 404);
      if (result.kind === 'email-taken') return json({ error: 'validation', fields: { email: 'emailTaken' } }, 400);
      revalidatePublic();
      // A changed address rotates the link: the page moves to the new one (also sent to the new address).
      return json({ ok: true, ...(result.newToken ? { token: result.newToken } : {}) });
    }
    revalidatePublic();
    return json({ ok: true });
  } catch (error) {
    console.error(`registration change failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503, { 'Retry-After': '2' });
  }
}
