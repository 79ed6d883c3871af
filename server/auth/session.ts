import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { sessionOrganizer, type SessionOrganizer } from '@/db/queries/auth';
import { getConfig } from '@/lib/config';
import { allows, type Permission } from '@/lib/permissions';
import { type Target, targetAllowed } from './scope';

export const SESSION_COOKIE = 'portal_session';
/** Between the password and the code: lets its holder enter the code, nothing else. */
export const CHALLENGE_COOKIE = 'portal_sign_in';

export const sessionCookieOptions = () => ({
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: getConfig().PUBLIC_URL.startsWith('https://'),
  path: '/',
});

export async function currentOrganizer(): Promise<SessionOrganizer | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? sessionOrganizer(await getDb(), token) : null;
}

/** For back-office pages: sign in first; a role without the permission gets the forbidden page. */
export async function requirePage(locale: string, permission: Permission, options: { beforePasswordChange?: boolean } = {}): Promise<SessionOrganizer> {
  const organizer = await currentOrganizer();
  if (!organizer) redirect(`/${locale}/admin/sign-in`);
  if (organizer.mustChangePassword && !options.beforePasswordChange) redirect(`/${locale}/admin/password`);
  if (!allows(organizer, permission)) redirect(`/${locale}/admin/forbidden`);
  return organizer;
}

/** For back-office pages about one event, registration or e-mail: a co-host outside its events gets the forbidden page. */
export async function requireTarget(locale: string, organizer: SessionOrganizer, target: Target) {
  if (!(await targetAllowed(await getDb(), organizer, target))) redirect(`/${locale}/admin/forbidden`);
}
