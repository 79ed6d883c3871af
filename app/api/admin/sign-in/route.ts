import { cookies } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { endSession, signIn } from '@/db/queries/auth';
import { SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';
import { ABSOLUTE_TIMEOUT_MS } from '@/db/queries/auth';
import { clientIp, fromOwnSite, json } from '@/lib/http';
import { limitRegistration } from '@/lib/rate-limit';

const schema = z.object({
  email: z.string().trim().max(254),
  password: z.string().max(200),
  locale: z.enum(['zh', 'en', 'ko', 'ja', 'ru']).catch('en'),
});

export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const form = Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
  const parsed = schema.safeParse(form);
  const locale = parsed.success ? parsed.data.locale : 'en';
  const back = (error: string) => new Response(null, { status: 303, headers: { Location: `/${locale}/admin/sign-in?error=${error}` } });
  if (!parsed.success) return back('invalid');
  if ((await limitRegistration(`sign-in:${clientIp(request)}`)) > 0) return back('locked');
  const db = await getDb();
  const result = await signIn(db, parsed.data.email, parsed.data.password);
  if (result.kind !== 'ok') return back(result.kind);
  const jar = await cookies();
  // A new session id at every sign-in: whatever id the browser held before is ended, never reused.
  const previous = jar.get(SESSION_COOKIE)?.value;
  if (previous) await endSession(db, previous);
  jar.set(SESSION_COOKIE, result.token, { ...sessionCookieOptions(), maxAge: ABSOLUTE_TIMEOUT_MS / 1000 });
  const home = result.organizer.role === 'checkin' ? 'admin/check-in' : 'admin';
  return new Response(null, { status: 303, headers: { Location: `/${locale}/${home}` } });
}
