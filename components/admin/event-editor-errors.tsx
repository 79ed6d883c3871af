'use client';

import { useTranslations } from 'next-intl';
import { LOCALES, type Locale } from '@/i18n/locales';
import { htmlLang, localeNames } from '@/i18n/routing';
import { fieldId, localeOfPath } from '@/lib/event-form';
import { EVENT_EDITOR_ERRORS } from '@/lib/validations/event';

interface Props {
  errors: { path: string; message: string }[];
  onShowLanguage: (locale: Locale, firstPath: string) => void;
}

/** The error summary: shared fields as links, and per language a button that opens its tab at the first error. */
export function EventEditorErrors({ errors, onShowLanguage }: Props) {
  const t = useTranslations('EventEditor');
  // Form paths are runtime strings; each part names a label the messages have (tests/messages.test.ts checks them).
  const key = (path: string) => path as Parameters<typeof t>[0];
  const message = (code: string) => t(key(`errors.${EVENT_EDITOR_ERRORS.has(code) ? code : 'invalid'}`));

  // "Visit 2 · Stop 1 · Time" for a field of the program or of a visit; the field's own label otherwise.
  const label = (path: string) => {
    const parts = path.split('.');
    if (parts[0] === 'program' || parts[0] === 'visits') {
      const section = parts[0];
      const out = [parts[1] === undefined ? t(`${section}.heading`) : t(`${section}.item`, { number: Number(parts[1]) + 1 })];
      if (parts[2] === 'stops') {
        out.push(parts[3] === undefined ? t('visits.stops') : t('visits.stop', { number: Number(parts[3]) + 1 }));
        if (parts[4]) out.push(t(key(`visits.${parts[4]}`)));
      } else if (parts[2]) out.push(t(key(`${section}.${parts[2]}`)));
      return out.join(' · ');
    }
    return t(key(`fields.${parts[0]}`));
  };

  const shared = errors.filter((e) => !localeOfPath(e.path));
  const byLocale = LOCALES.map((l) => ({ locale: l, list: errors.filter((e) => localeOfPath(e.path) === l) })).filter((g) => g.list.length > 0);

  return (
    <div role="alert" className="banner banner-error">
      {t('errorSummary', { count: errors.length })}
      <ul>
        {shared.map((e) => (
          <li key={e.path}>
            <a href={`#${fieldId(e.path)}`}>{t('errorItem', { label: label(e.path) })}</a>
            {message(e.message)}
          </li>
        ))}
        {byLocale.map(({ locale, list }) => (
          <li key={locale}>
            <button type="button" className="button secondary" onClick={() => onShowLanguage(locale, list[0]!.path)}>
              {t.rich('errorsInLanguage', {
                count: list.length,
                name: localeNames[locale],
                language: (chunks) => <span lang={htmlLang[locale]}>{chunks}</span>,
              })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
