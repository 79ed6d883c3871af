import { cookies } from 'next/headers';
import { getDb } from '@/db/client';
import { endSession } from '@/db/queries/auth';
import { SESSION_COOKIE } from '@/lib/auth/session';
import { fromOwnSite, json } from '@/lib/http';

export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await endSession(await getDb(), token); // invalid on the server, not only in this browser
  jar.delete(SESSION_COOKIE);
  const locale = new URL(request.headers.get('referer') ?? 'http://x/en').pathname.split('/')[1];
  const safe = ['zh', 'en', 'ko', 'ja', 'ru'].includes(locale ?? '') ? locale : 'en';
  return new Response(null, { status: 303, headers: { Location: `/${safe}/admin/sign-in` } });
}
