'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { blankProgramItem } from '@/lib/event-form';
import type { EventInput } from '@/lib/validations/event';
import { EditorField } from './event-editor-field';

/** Program items: times shared by all languages, title, speaker and room in the tab's language. */
export function EventEditorProgram({ locale, source }: { locale: Locale; source: Locale }) {
  const t = useTranslations('EventEditor.program');
  const { control, getValues } = useFormContext<EventInput>();
  const { fields, append, remove } = useFieldArray({ control, name: 'program' });
  const lang = htmlLang[locale];
  const addButton = useRef<HTMLButtonElement>(null);

  // A new item starts where the last one ended, so a day's program is quick to type.
  const add = () => {
    const last = getValues('program')?.at(-1);
    append(blankProgramItem(last?.endsAt || last?.startsAt || getValues('startsAt') || ''), { focusName: `program.${fields.length}.title.${locale}` });
  };

  return (
    <section aria-labelledby={`program-heading-${locale}`}>
      <h2 id={`program-heading-${locale}`}>{t('heading')}</h2>
      {fields.length === 0 && <p className="muted">{t('empty')}</p>}
      {fields.map((field, i) => (
        <fieldset key={field.id} className="panel">
          <legend>{t('item', { number: i + 1 })}</legend>
          <div className="field-row">
            <EditorField name={`program.${i}.startsAt`} label={t('startsAt')} type="datetime-local" required />
            <EditorField name={`program.${i}.endsAt`} label={t('endsAt')} type="datetime-local" />
          </div>
          <EditorField name={`program.${i}.title.${locale}`} label={t('title')} required={locale === source} lang={lang} maxLength={300} />
          <div className="field-row">
            <EditorField name={`program.${i}.speaker.${locale}`} label={t('speaker')} lang={lang} maxLength={300} />
            <EditorField name={`program.${i}.room.${locale}`} label={t('room')} lang={lang} maxLength={200} />
          </div>
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
        </fieldset>
      ))}
      <p>
        <button ref={addButton} type="button" className="button secondary" onClick={add}>
          {t('add')}
        </button>
      </p>
    </section>
  );
}
