import { z } from 'zod';
import { getDb } from '@/db/client';
import { registrationIdByToken } from '@/db/queries/manage';
import { changeExtras, registrationExtras } from '@/db/queries/registration-extras';
import { checkExtras } from '@/server/form-extras';
import { clientIp, fromOwnSite, json, readJson, safeErrorLabel } from '@/server/http';
import { limitRegistration } from '@/server/rate-limit';

export const dynamic = 'force-dynamic';

const envelope = z.object({ token: z.string().max(100) });

/** A delegate changes their answers and travel details from the private page, until the deadline (#16). */
export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const { token, answers, travel } = (body.value ?? {}) as Record<string, unknown>;
  const head = envelope.safeParse({ token });
  if (!head.success) return json({ error: 'notFound' }, 404);
  const retryAfter = await limitRegistration(`manage:${clientIp(request)}`);
  if (retryAfter > 0) return json({ error: 'rateLimited' }, 429, { 'Retry-After': String(retryAfter) });
  try {
    const db = await getDb();
    const id = await registrationIdByToken(db, head.data.token);
    const extras = id ? await registrationExtras(db, id) : null;
    if (!id || !extras) return json({ error: 'notFound' }, 404);
    const live = extras.questions.filter((q) => !q.archived);
    const checked = checkExtras({ questions: live, asksTravel: extras.asksTravel }, answers, travel, extras.delegationType);
    if (!checked.ok) return json({ error: 'validation', fields: checked.fields }, 400);
    const result = await changeExtras(db, id, checked.value);
    if (result.kind === 'not-found') return json({ error: 'notFound' }, 404);
    if (result.kind === 'closed') return json({ error: 'closed' }, 409);
    return json({ ok: true });
  } catch (error) {
    console.error(`answers change failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503, { 'Retry-After': '2' });
  }
}
