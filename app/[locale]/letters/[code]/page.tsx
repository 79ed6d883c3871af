import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { verifyLetter } from '@/db/queries/letters-read';
import { pageLocale } from '@/i18n/page-locale';
import { htmlLang } from '@/i18n/routing';
import { countryName } from '@/lib/countries';
import { formatDateRange } from '@/lib/format';
import { publicLetterState } from '@/lib/letter-state';
import { limitLetterLookup } from '@/server/rate-limit';

type Props = { params: Promise<{ locale: string; code: string }> };

// Answers for one letter as it stands now: rendered per request, never cached or indexed.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'VisaLetter.verify' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** What a consulate sees from the QR code: valid, revoked or expired, the event and its dates, initials and nationality. */
export default async function VerifyLetterPage({ params }: Props) {
  const { code } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'VisaLetter.verify' });
  const council = (await getTranslations({ locale, namespace: 'VisaLetter.pdf' }))('council');
  const wait = await limitLetterLookup((await headers()).get('x-forwarded-for')?.trim() || 'unknown');
  if (wait > 0)
    return (
      <section>
        <h1>{t('title')}</h1>
        <p role="alert" className="banner banner-error">
          {t('rateLimited', { seconds: wait })}
        </p>
      </section>
    );
  const letter = /^[A-Za-z0-9_-]{16,64}$/.test(code) ? await verifyLetter(await getDb(), code, locale) : null;
  const state = letter ? publicLetterState(letter.status) : null;
  if (!letter || !state)
    return (
      <section>
        <h1>{t('title')}</h1>
        <p role="alert" className="banner banner-error">
          {t('notFound')}
        </p>
      </section>
    );
  const tone = state === 'valid' ? 'banner-success' : state === 'revoked' ? 'banner-error' : 'banner-info';
  return (
    <section className="letter-check">
      <h1>{t('title')}</h1>
      <div role="status" className={`banner ${tone}`}>
        <p>
          <strong className="letter-state">{t(state)}</strong>
        </p>
        <p>{state === 'valid' ? t('validText', { council }) : t(`${state}Text`)}</p>
      </div>
      <dl className="facts panel">
        <dt>{t('reference')}</dt>
        <dd>{letter.reference}</dd>
        <dt>{t('event')}</dt>
        <dd lang={htmlLang[letter.lang]}>{letter.title}</dd>
        <dt>{t('dates')}</dt>
        <dd>
          {formatDateRange(letter.startsAt.toISOString(), letter.endsAt.toISOString(), letter.timeZone, locale)}
          {letter.city && (
            <>
              {' '}
              · <span lang={htmlLang[letter.lang]}>{letter.city}</span>
            </>
          )}
        </dd>
        {state !== 'expired' && letter.initials && letter.nationality && (
          <>
            <dt>{t('holder')}</dt>
            <dd>{t('holderValue', { initials: letter.initials, nationality: countryName(letter.nationality, locale) })}</dd>
          </>
        )}
      </dl>
      <p className="hint">{t('privacy')}</p>
    </section>
  );
}
