'use client';

import { type Messages, useTranslations } from 'next-intl';
import { useFormContext, useWatch } from 'react-hook-form';
import { Markdown } from '@/components/ui/markdown';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import type { EventInput } from '@/lib/validations/event';
import { isLocalDateTime, isValidTimeZone, zonedLocalToUtc } from '@/lib/zoned-time';
import { EditorField } from './event-editor-field';

/** Whether the event is over, by its end in its own zone; unknown while the dates are incomplete. */
function hasEnded(endsAt: string | undefined, timeZone: string | undefined) {
  if (!endsAt || !timeZone || !isLocalDateTime(endsAt) || !isValidTimeZone(timeZone)) return false;
  return zonedLocalToUtc(endsAt, timeZone).getTime() < Date.now();
}

/** The event's own texts in one language; the report fields appear once the event is over (or already have text). */
export function EventEditorTranslation({ locale, source }: { locale: Locale; source: Locale }) {
  const t = useTranslations('EventEditor');
  const { control } = useFormContext<EventInput>();
  const [body, report, reportHeadline, endsAt, timeZone] = useWatch({
    control,
    name: [`translations.${locale}.body`, `translations.${locale}.report`, `translations.${locale}.reportHeadline`, 'endsAt', 'timeZone'],
  });
  const lang = htmlLang[locale];
  const f = (key: keyof Messages['EventEditor']['fields']) => t(`fields.${key}`);
  const name = <K extends keyof EventInput['translations'][Locale]>(field: K) => `translations.${locale}.${field}` as const;
  const required = locale === source;
  const showReport = hasEnded(endsAt, timeZone) || Boolean(report || reportHeadline);

  return (
    <fieldset>
      <legend>{t('sections.texts')}</legend>
      <EditorField name={name('title')} label={f('title')} required={required} lang={lang} maxLength={200} />
      <EditorField name={name('theme')} label={f('theme')} lang={lang} maxLength={300} />
      <EditorField name={name('summary')} label={f('summary')} hint={f('summaryHint')} required={required} lang={lang} rows={2} maxLength={1000} />
      <EditorField name={name('body')} label={f('body')} hint={f('bodyHint')} lang={lang} rows={10} maxLength={30_000} />
      <details className="panel">
        <summary>{f('preview')}</summary>
        {body?.trim() ? <Markdown source={body} lang={lang} /> : <p className="muted">{f('previewEmpty')}</p>}
      </details>
      <div className="field-row">
        <EditorField name={name('city')} label={f('city')} required={required} lang={lang} maxLength={100} />
        <EditorField name={name('venueName')} label={f('venueName')} required={required} lang={lang} maxLength={200} />
      </div>
      <EditorField name={name('venueAddress')} label={f('venueAddress')} lang={lang} maxLength={300} />
      <EditorField name={name('coHosts')} label={f('coHosts')} hint={f('coHostsHint')} lang={lang} rows={3} maxLength={3000} />
      {showReport && (
        <fieldset>
          <legend>{t('sections.report')}</legend>
          <EditorField name={name('reportHeadline')} label={f('reportHeadline')} lang={lang} maxLength={300} />
          <EditorField name={name('report')} label={f('report')} hint={f('reportHint')} lang={lang} rows={10} maxLength={30_000} />
          {report?.trim() && (
            <details className="panel">
              <summary>{f('preview')}</summary>
              <Markdown source={report} lang={lang} />
            </details>
          )}
        </fieldset>
      )}
    </fieldset>
  );
}
