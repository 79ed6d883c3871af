'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { blankVisit } from '@/lib/event-form';
import type { EventInput } from '@/lib/validations/event';
import { EditorField } from './event-editor-field';
import { EventEditorStops } from './event-editor-stops';

interface Props {
  locale: Locale;
  source: Locale;
  /** Delegates per saved visit id: such a visit is cancelled (its delegates told), not silently removed. */
  delegates: Record<string, number>;
}

/** Visits: times and seats shared by all languages, texts in the tab's language, each with its ordered stops. */
export function EventEditorVisits({ locale, source, delegates }: Props) {
  const t = useTranslations('EventEditor.visits');
  const { control, getValues, register, setValue } = useFormContext<EventInput>();
  // keyName keeps react-hook-form's row key apart from our own `visitId` value.
  const { fields, append, remove } = useFieldArray({ control, name: 'visits', keyName: 'key' });
  const lang = htmlLang[locale];
  const addButton = useRef<HTMLButtonElement>(null);

  const cancelVisit = (i: number, visitId: string, count: number) => {
    if (!window.confirm(t('cancelConfirm', { number: i + 1, count }))) return;
    setValue('cancelVisits', [...(getValues('cancelVisits') ?? []), visitId]);
    remove(i);
    addButton.current?.focus();
  };

  const add = () => append(blankVisit(getValues('endsAt') || ''), { focusName: `visits.${fields.length}.title.${locale}` });

  return (
    <section aria-labelledby={`visits-heading-${locale}`}>
      <h2 id={`visits-heading-${locale}`}>{t('heading')}</h2>
      {fields.length === 0 && <p className="muted">{t('empty')}</p>}
      {fields.map((field, i) => {
        const booked = field.visitId ? (delegates[field.visitId] ?? 0) : 0;
        const text = (key: 'title' | 'description' | 'meetingPoint' | 'transport') => `visits.${i}.${key}.${locale}` as const;
        return (
          <fieldset key={field.key} className="panel">
            <legend>{t('item', { number: i + 1 })}</legend>
            <input type="hidden" {...register(`visits.${i}.visitId`)} />
            {booked > 0 && <p className="banner banner-info">{t('delegatesNotified', { count: booked })}</p>}
            <div className="field-row">
              <EditorField name={`visits.${i}.startsAt`} label={t('startsAt')} type="datetime-local" required />
              <EditorField name={`visits.${i}.endsAt`} label={t('endsAt')} type="datetime-local" required />
              <EditorField name={`visits.${i}.capacity`} label={t('capacity')} hint={t('capacityHint')}>
                {(aria) => <input {...aria} {...register(`visits.${i}.capacity`)} inputMode="numeric" maxLength={7} />}
              </EditorField>
            </div>
            <EditorField name={text('title')} label={t('title')} required={locale === source} lang={lang} maxLength={300} />
            <EditorField name={text('description')} label={t('description')} lang={lang} rows={3} maxLength={3000} />
            <div className="field-row">
              <EditorField name={text('meetingPoint')} label={t('meetingPoint')} required={locale === source} lang={lang} maxLength={500} />
              <EditorField name={text('transport')} label={t('transport')} lang={lang} maxLength={300} />
            </div>
            <EventEditorStops visit={i} locale={locale} source={source} />
            {booked === 0 ? (
              <button
                type="button"
                className="button secondary danger"
                onClick={() => {
                  remove(i);
                  addButton.current?.focus();
                }}
              >
                {t('remove', { number: i + 1 })}
              </button>
            ) : (
              <button type="button" className="button secondary danger" onClick={() => cancelVisit(i, field.visitId!, booked)}>
                {t('cancel', { number: i + 1 })}
              </button>
            )}
          </fieldset>
        );
      })}
      <p>
        <button ref={addButton} type="button" className="button secondary" onClick={add}>
          {t('add')}
        </button>
      </p>
    </section>
  );
}
