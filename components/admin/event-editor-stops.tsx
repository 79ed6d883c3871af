'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { blankStop } from '@/lib/event-form';
import type { EventInput } from '@/lib/validations/event';
import { EditorField } from './event-editor-field';

/** A visit's itinerary in order: time shared by all languages, place and activity in the tab's language. */
export function EventEditorStops({ visit, locale, source }: { visit: number; locale: Locale; source: Locale }) {
  const t = useTranslations('EventEditor.visits');
  const { control, getValues } = useFormContext<EventInput>();
  const { fields, append, remove, move } = useFieldArray({ control, name: `visits.${visit}.stops` });
  const lang = htmlLang[locale];
  const addButton = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLOListElement>(null);

  const add = () => {
    const last = getValues(`visits.${visit}.stops`)?.at(-1);
    append(blankStop(last?.at || getValues(`visits.${visit}.startsAt`) || ''), { focusName: `visits.${visit}.stops.${fields.length}.place.${locale}` });
  };
  // Keep focus on the moved stop's button, so repeated presses keep moving the same stop.
  const shift = (from: number, to: number, direction: 'up' | 'down') => {
    move(from, to);
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>(`[data-stop="${to}"][data-move]`) ?? [];
      const same = [...buttons].find((b) => b.dataset.move === direction && !b.disabled);
      (same ?? [...buttons].find((b) => !b.disabled))?.focus();
    });
  };

  return (
    <fieldset>
      <legend>{t('stops')}</legend>
      {fields.length === 0 && <p className="muted">{t('stopsEmpty')}</p>}
      <ol ref={list} style={{ listStyle: 'none', padding: 0 }}>
        {fields.map((field, i) => (
          <li key={field.id} className="panel">
            <h4 style={{ marginTop: 0 }}>{t('stop', { number: i + 1 })}</h4>
            <EditorField name={`visits.${visit}.stops.${i}.at`} label={t('at')} type="datetime-local" required />
            <div className="field-row">
              <EditorField name={`visits.${visit}.stops.${i}.place.${locale}`} label={t('place')} required={locale === source} lang={lang} maxLength={300} />
              <EditorField name={`visits.${visit}.stops.${i}.activity.${locale}`} label={t('activity')} lang={lang} rows={2} maxLength={1000} />
            </div>
            <div className="actions">
              <button type="button" className="button secondary" data-stop={i} data-move="up" disabled={i === 0} onClick={() => shift(i, i - 1, 'up')}>
                <span aria-hidden="true">↑ </span>
                {t('moveUp', { number: i + 1 })}
              </button>
              <button
                type="button"
                className="button secondary"
                data-stop={i}
                data-move="down"
                disabled={i === fields.length - 1}
                onClick={() => shift(i, i + 1, 'down')}
              >
                <span aria-hidden="true">↓ </span>
                {t('moveDown', { number: i + 1 })}
              </button>
              <button
                type="button"
                className="button secondary danger"
                onClick={() => {
                  remove(i);
                  addButton.current?.focus();
                }}
              >
                {t('removeStop', { number: i + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p>
        <button ref={addButton} type="button" className="button secondary" onClick={add}>
          {t('addStop')}
        </button>
      </p>
    </fieldset>
  );
}
