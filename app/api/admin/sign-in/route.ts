import { cookies } from 'next/headers';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { ABSOLUTE_TIMEOUT_MS, CODE_TIMEOUT_MS, completeSignIn, endSession, type SignInResult, signIn } from '@/db/queries/auth';
import { CHALLENGE_COOKIE, SESSION_COOKIE, sessionCookieOptions } from '@/server/auth/session';
import { LOCALES } from '@/i18n/locales';
import { clientIp, fromOwnSite, json, readForm } from '@/server/http';
import { limitRegistration } from '@/server/rate-limit';

const schema = z.object({
  email: z.string().trim().max(254).optional(),
  password: z.string().max(200).optional(),
  code: z.string().max(20).optional(),
  locale: z.enum(LOCALES).catch('en'),
});

/** Both sign-in steps: e-mail + password, then (for accounts that have one) the code from the app. */
export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const ip = clientIp(request);
  // The per-client limit comes before the body is read, and the body is capped (64 KiB) before it is parsed.
  const limited = (await limitRegistration(`sign-in:${ip}`)) > 0;
  const input = await readForm(request);
  if (!input.ok) return input.response;
  const parsed = schema.safeParse(input.value);
  const locale = parsed.success ? parsed.data.locale : 'en';
  const go = (path: string) => new Response(null, { status: 303, headers: { Location: `/${locale}/admin${path}` } });
  if (limited) return go('/sign-in?error=locked');
  if (!parsed.success) return go('/sign-in?error=invalid');
  const db = await getDb();
  const jar = await cookies();
  const challenge = jar.get(CHALLENGE_COOKIE)?.value;
  const { email, password, code } = parsed.data;
  const result: SignInResult =
    code !== undefined
      ? challenge
        ? await completeSignIn(db, challenge, code, { ip })
        : { kind: 'expired' }
      : await signIn(db, email ?? '', password ?? '', { ip });
  if (result.kind === 'code') {
    jar.set(CHALLENGE_COOKIE, result.challenge, { ...sessionCookieOptions(), maxAge: CODE_TIMEOUT_MS / 1000 });
    return go(code === undefined ? '/sign-in/code' : '/sign-in/code?error=code');
  }
  if (challenge) jar.delete(CHALLENGE_COOKIE); // spent, or no longer any use
  if (result.kind !== 'ok') return go(`/sign-in?error=${result.kind}`);
  // A new session id at every sign-in: whatever id the browser held before is ended, never reused.
  const previous = jar.get(SESSION_COOKIE)?.value;
  if (previous) await endSession(db, previous);
  jar.set(SESSION_COOKIE, result.token, { ...sessionCookieOptions(), maxAge: ABSOLUTE_TIMEOUT_MS / 1000 });
  if (result.mustChangePassword) return go('/password');
  return go(result.role === 'checkin' ? '/check-in' : '');
}
