import { getTranslations } from 'next-intl/server';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain';
import { adminPage } from '@/server/auth/session';
import { pageLocale } from '@/i18n/page-locale';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ result?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Admin.password' });
  return { title: t('title') };
}

const RESULTS = ['changed', 'wrong', 'locked', 'same', 'mismatch', 'invalid'] as const;

/** Every account's own password; the only page open while a printed or reset password must be replaced. */
export default async function PasswordPage({ params, searchParams }: Props) {
  const { locale, organizer } = await adminPage(params, 'ownAccount', { beforePasswordChange: true });
  const t = await getTranslations({ locale, namespace: 'Admin.password' });
  const asked = (await searchParams).result;
  const result = RESULTS.find((r) => r === asked);
  const failed = result && result !== 'changed';
  return (
    <section className="sign-in">
      <h1>{t('title')}</h1>
      {result && (
        <p role={failed ? 'alert' : 'status'} className={`banner ${failed ? 'banner-error' : 'banner-success'}`}>
          {t(`results.${result}`)}
        </p>
      )}
      {organizer.mustChangePassword && <p className="banner banner-info">{t('mustChange')}</p>}
      <p>{t('intro')}</p>
      <form method="post" action="/api/admin/password" className="registration-form">
        <input type="hidden" name="returnTo" value={`/${locale}/admin/password`} />
        <div className="field">
          <label htmlFor="current-password">{t('current')}</label>
          <input id="current-password" name="current" type="password" autoComplete="current-password" required />
        </div>
        <div className="field">
          <label htmlFor="new-password">{t('next', { min: MIN_PASSWORD_LENGTH })}</label>
          <input id="new-password" name="next" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </div>
        <div className="field">
          <label htmlFor="repeat-password">{t('repeat')}</label>
          <input id="repeat-password" name="repeat" type="password" autoComplete="new-password" minLength={MIN_PASSWORD_LENGTH} required />
        </div>
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
    </section>
  );
}
