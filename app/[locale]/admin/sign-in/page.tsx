import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { currentOrganizer } from '@/server/auth/session';
import { pageLocale } from '@/i18n/page-locale';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Admin.signIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  if (await currentOrganizer()) redirect(`/${locale}/admin`);
  const t = await getTranslations({ locale, namespace: 'Admin.signIn' });
  const { error } = await searchParams;
  return (
    <section className="sign-in">
      <h1>{t('title')}</h1>
      {(error === 'invalid' || error === 'locked' || error === 'expired' || error === 'signedOut') && (
        <p role="alert" className="banner banner-error">
          {t(`errors.${error}`)}
        </p>
      )}
      <form method="post" action="/api/admin/sign-in" className="registration-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="email">{t('email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required />
        </div>
        <div className="field">
          <label htmlFor="password">{t('password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
    </section>
  );
}
