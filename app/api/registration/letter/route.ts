import { z } from 'zod';
import { getDb } from '@/db/client';
import { letterPdf, requestLetterLater } from '@/db/queries/letters';
import { letterForRegistration } from '@/db/queries/letters-read';
import { registrationIdByToken } from '@/db/queries/manage';
import { fieldErrors } from '@/lib/validations/registration';
import { letterRequestSchema } from '@/lib/validations/visa';
import { clientIp, fromOwnSite, json, readJson, safeErrorLabel } from '@/server/http';
import { pdfResponse } from '@/server/pdf/response';
import { limitRegistration } from '@/server/rate-limit';

export const dynamic = 'force-dynamic';

const token = z.string().min(10).max(100);

/** A delegate asks for a letter from their private page; the token in the body is the only credential. */
export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const body = await readJson(request);
  if (!body.ok) return body.response;
  const { token: raw, ...fields } = (body.value ?? {}) as Record<string, unknown>;
  const head = token.safeParse(raw);
  if (!head.success) return json({ error: 'notFound' }, 404);
  const retryAfter = await limitRegistration(`letter:${clientIp(request)}`);
  if (retryAfter > 0) return json({ error: 'rateLimited' }, 429, { 'Retry-After': String(retryAfter) });
  const parsed = letterRequestSchema.safeParse(fields);
  if (!parsed.success) return json({ error: 'validation', fields: fieldErrors(parsed.error) }, 400);
  try {
    const db = await getDb();
    const id = await registrationIdByToken(db, head.data);
    if (!id) return json({ error: 'notFound' }, 404);
    const { visaConsent, ...details } = parsed.data;
    void visaConsent;
    const result = await requestLetterLater(db, id, details);
    return result.kind === 'ok'
      ? json({ ok: true })
      : json({ error: result.kind === 'not-found' ? 'notFound' : 'notAllowed' }, result.kind === 'not-found' ? 404 : 409);
  } catch (error) {
    console.error(`letter request failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503, { 'Retry-After': '2' });
  }
}

/** The issued letter from the private page (`?token=`): the delegate's own download, audited without an actor. */
export async function GET(request: Request) {
  const head = token.safeParse(new URL(request.url).searchParams.get('token'));
  if (!head.success) return json({ error: 'notFound' }, 404);
  const retryAfter = await limitRegistration(`letter:${clientIp(request)}`);
  if (retryAfter > 0) return json({ error: 'rateLimited' }, 429, { 'Retry-After': String(retryAfter) });
  const db = await getDb();
  const id = await registrationIdByToken(db, head.data);
  const letter = id ? await letterForRegistration(db, id) : null;
  const pdf = letter ? await letterPdf(db, letter.id, { actorId: null }) : null;
  return pdf ? pdfResponse(pdf) : json({ error: 'notFound' }, 404);
}
