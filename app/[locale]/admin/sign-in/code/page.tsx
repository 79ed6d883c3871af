import { getTranslations } from 'next-intl/server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { CHALLENGE_COOKIE } from '@/server/auth/session';
import { pageLocale } from '@/i18n/page-locale';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'Admin.signIn' });
  return { title: t('codeTitle') };
}

/** The second sign-in step, for accounts with two-step sign-in turned on. */
export default async function SignInCodePage({ params, searchParams }: Props) {
  const locale = await pageLocale(params);
  if (!(await cookies()).get(CHALLENGE_COOKIE)) redirect(`/${locale}/admin/sign-in`);
  const t = await getTranslations({ locale, namespace: 'Admin.signIn' });
  const wrong = (await searchParams).error === 'code';
  return (
    <section className="sign-in">
      <h1>{t('codeTitle')}</h1>
      {wrong && (
        <p role="alert" className="banner banner-error">
          {t('errors.code')}
        </p>
      )}
      <form method="post" action="/api/admin/sign-in" className="registration-form">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="code">{t('code')}</label>
          <p className="hint" id="code-hint">
            {t('codeHint')}
          </p>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            required
            autoFocus
            aria-describedby="code-hint"
          />
        </div>
        <button type="submit" className="button">
          {t('submit')}
        </button>
      </form>
    </section>
  );
}
