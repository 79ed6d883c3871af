import { cookies } from 'next/headers';
import { getDb } from '@/db/client';
import { endSession } from '@/db/queries/auth';
import { SESSION_COOKIE } from '@/server/auth/session';
import { LOCALES } from '@/i18n/locales';
import { fromOwnSite, json, MAX_BODY_BYTES, refererLocale } from '@/server/http';

export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  // Nothing in the body is read; a declared oversized one is refused all the same.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return json({ error: 'tooLarge' }, 413);
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await endSession(await getDb(), token); // invalid on the server, not only in this browser
  jar.delete(SESSION_COOKIE);
  return new Response(null, { status: 303, headers: { Location: `/${refererLocale(request, LOCALES)}/admin/sign-in` } });
}
