import { cache } from 'react';
import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { pageLocale } from '@/i18n/page-locale';
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

/** The signed-in account, looked up once per request however many components ask (code review §1.4). */
export const currentOrganizer = cache(async (): Promise<SessionOrganizer | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return token ? sessionOrganizer(await getDb(), token) : null;
});

/** For back-office pages: sign in first; a role without the permission gets the forbidden page. */
async function requirePage(locale: string, permission: Permission, options: { beforePasswordChange?: boolean } = {}): Promise<SessionOrganizer> {
  const organizer = await currentOrganizer();
  if (!organizer) redirect(`/${locale}/admin/sign-in`);
  if (organizer.mustChangePassword && !options.beforePasswordChange) redirect(`/${locale}/admin/password`);
  if (!allows(organizer, permission)) redirect(`/${locale}/admin/forbidden`);
  return organizer;
}

/** The prologue of every back-office page: its locale, and the signed-in account allowed to see it. */
export async function adminPage(params: Promise<{ locale: string }>, permission: Permission, options: { beforePasswordChange?: boolean } = {}) {
  const locale = await pageLocale(params);
  const organizer = await requirePage(locale, permission, options);
  return { locale, organizer };
}

/** For back-office pages about one event, registration or e-mail: a co-host outside its events gets the forbidden page. */
export async function requireTarget(locale: string, organizer: SessionOrganizer, target: Target) {
  if (!(await targetAllowed(await getDb(), organizer, target))) redirect(`/${locale}/admin/forbidden`);
}
