import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { countryName } from '@/lib/countries';
import { formatStamp } from '@/lib/format';
import { pickText } from '@/lib/localized';
import { visitSeatShown } from '@/lib/status-truth';
import type { RegistrationDetail } from './types';

/** What the delegate gave and what happened since: organization to check-in, and each visit's seat as it truly stands. */
export async function RegistrationFacts({ registration: r, locale, sourceLocale }: { registration: RegistrationDetail; locale: Locale; sourceLocale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Admin.registration' });
  const types = await getTranslations({ locale, namespace: 'RegistrationForm.delegationTypes' });
  const field = await getTranslations({ locale, namespace: 'RegistrationForm.fields' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const when = (date: Date | null) => (date ? formatStamp(date, locale) : '—');
  return (
    <dl className="facts panel">
      <dt>{field('organization')}</dt>
      <dd lang={htmlLang[r.locale]}>{r.position ? p('list', { first: r.organization, second: r.position }) : r.organization}</dd>
      <dt>{field('country')}</dt>
      <dd>{countryName(r.country, locale)}</dd>
      <dt>{field('email')}</dt>
      <dd>{r.email}</dd>
      <dt>{field('phone')}</dt>
      <dd>{r.phone}</dd>
      <dt>{field('delegationType')}</dt>
      <dd>{types(r.delegationType)}</dd>
      <dt>{field('dietaryNeeds')}</dt>
      <dd>{r.dietaryNeeds ?? '—'}</dd>
      <dt>{field('accessNeeds')}</dt>
      <dd>{r.accessNeeds ?? '—'}</dd>
      <dt>{t('language')}</dt>
      <dd>{new Intl.DisplayNames(htmlLang[locale], { type: 'language' }).of(r.locale)}</dd>
      <dt>{t('registeredAt')}</dt>
      <dd>{when(r.createdAt)}</dd>
      <dt>{t('consent')}</dt>
      <dd>{t('consentWhen', { when: when(r.consentAt), version: r.consentVersion ?? '—' })}</dd>
      <dt>{t('checkedIn')}</dt>
      <dd>{when(r.checkedInAt)}</dd>
      <dt>{t('visits')}</dt>
      <dd>
        {r.visits.length === 0 ? (
          '—'
        ) : (
          <ul className="plain">
            {r.visits.map((v) => (
              <li key={v.visitId}>
                {pickText(v.title, locale, sourceLocale)?.text} · {t('visitSeat', { status: visitSeatShown(r.status, v.status) })}
              </li>
            ))}
          </ul>
        )}
      </dd>
    </dl>
  );
}
