import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { currentOrganizer } from '@/server/auth/session';
import { allows, roleAllows } from '@/lib/permissions';
import { Link } from '@/i18n/link';
import { pageLocale } from '@/i18n/page-locale';

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Signed-in pages: rendered per request with the CSP nonce, never cached.
export const dynamic = 'force-dynamic';

/** The back office frame. It shows links by role; every page and route still checks permission itself. */
export default async function AdminLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Admin.nav' });
  const letters = await getTranslations({ locale, namespace: 'VisaLetter.admin' });
  const jobs = await getTranslations({ locale, namespace: 'Jobs' });
  const organizer = await currentOrganizer();
  return (
    <div className="admin">
      {organizer && (
        <nav aria-label={t('label')} className="admin-nav">
          <ul>
            {allows(organizer, 'viewEvents') && (
              <li>
                <Link href="/admin">{t('events')}</Link>
              </li>
            )}
            <li>
              <Link href="/admin/check-in">{t('checkIn')}</Link>
            </li>
            {allows(organizer, 'manageAttendees') && (
              <li>
                <Link href="/admin/letters">{letters('nav')}</Link>
              </li>
            )}
            {allows(organizer, 'viewEmailLog') && (
              <li>
                <Link href="/admin/emails">{t('emails')}</Link>
              </li>
            )}
            {allows(organizer, 'viewEmailLog') && (
              <li>
                <Link href="/admin/jobs">{jobs('nav')}</Link>
              </li>
            )}
            {allows(organizer, 'viewAudit') && (
              <li>
                <Link href="/admin/audit">{t('audit')}</Link>
              </li>
            )}
            {allows(organizer, 'manageAccounts') && (
              <li>
                <Link href="/admin/accounts">{t('accounts')}</Link>
              </li>
            )}
            <li>
              <Link href="/admin/security">{t('security')}</Link>
            </li>
            <li>
              <Link href="/admin/password">{t('password')}</Link>
            </li>
          </ul>
          <form method="post" action="/api/admin/sign-out" className="signed-in">
            <span>{t('signedInAs', { name: organizer.name, role: t(`roles.${organizer.role}`) })}</span>
            <button type="submit" className="button secondary small">
              {t('signOut')}
            </button>
          </form>
        </nav>
      )}
      {organizer?.needsSecondFactor && roleAllows(organizer.role, 'revealPassport') && (
        <p className="banner banner-info">
          <Link href="/admin/security">{t('passportsNeedSecondFactor')}</Link>
        </p>
      )}
      {children}
    </div>
  );
}
