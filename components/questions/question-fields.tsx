'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import type { Locale } from '@/i18n/locales';
import { langOf, pickText } from '@/lib/localized';
import { questionsFor } from '@/lib/domain';
import { QUESTION_ERRORS } from '@/lib/validations/error-keys';
import type { FormQuestion } from '@/lib/validations/questions';

interface Props {
  questions: FormQuestion[];
  locale: Locale;
  source: Locale;
  delegationType: string | undefined;
  // The registration form and the private page each have their own form type; both hold `answers`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  register: UseFormRegister<any>;
  errors: FieldErrors | undefined;
  requiredLabel: string;
}

export const questionFieldId = (id: string) => `q-${id}`;

/** The event's own questions (#16), in the reader's language, for the delegate's type; ids `q-<id>`. */
export function QuestionFields({ questions, locale, source, delegationType, register, errors, requiredLabel }: Props) {
  const t = useTranslations('Questions');
  const asked = questionsFor(questions, delegationType);
  if (asked.length === 0) return null;
  const error = (id: string) => {
    const key = (errors?.[id] as { message?: string } | undefined)?.message;
    return key ? t(`errors.${QUESTION_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid') : undefined;
  };
  return (
    <fieldset>
      <legend>{t('legend')}</legend>
      {asked.map((q) => {
        const label = pickText(q.label, locale, source);
        const id = questionFieldId(q.id);
        const name = `answers.${q.id}`;
        const err = error(q.id);
        const lang = langOf(label, locale);
        const live = q.options.filter((o) => !o.retired);
        if (q.kind === 'oneChoice' || q.kind === 'manyChoices' || q.kind === 'yesNo') {
          const options =
            q.kind === 'yesNo'
              ? [
                  { id: 'yes', text: t('yes'), lang: undefined },
                  { id: 'no', text: t('no'), lang: undefined },
                ]
              : live.map((o) => {
                  const s = pickText(o.label, locale, source);
                  return { id: o.id, text: s?.text ?? '', lang: langOf(s, locale) };
                });
          return (
            <fieldset
              key={q.id}
              id={id}
              tabIndex={-1}
              className={`choices${err ? ' field-error' : ''}`}
              aria-invalid={Boolean(err)}
              aria-describedby={err ? `${id}-error` : undefined}
              aria-required={q.required || undefined}
            >
              <legend lang={lang}>
                {label?.text}
                {q.required && (
                  <>
                    <span className="required" aria-hidden="true">
                      {' '}
                      *
                    </span>
                    <span className="sr-only"> {requiredLabel}</span>
                  </>
                )}
              </legend>
              {options.map((o) => (
                <label key={o.id} className="choice">
                  <input type={q.kind === 'manyChoices' ? 'checkbox' : 'radio'} value={o.id} {...register(name)} />
                  <span lang={o.lang}>{o.text}</span>
                </label>
              ))}
              {err && (
                <p id={`${id}-error`} className="error-text">
                  {err}
                </p>
              )}
            </fieldset>
          );
        }
        return (
          <Field key={q.id} id={id} label={label?.text ?? ''} required={q.required} requiredLabel={requiredLabel} error={err}>
            {(aria) =>
              q.kind === 'longText' ? (
                <textarea {...aria} {...register(name)} rows={3} maxLength={3000} />
              ) : (
                <input {...aria} {...register(name)} type={q.kind === 'date' ? 'date' : 'text'} maxLength={300} />
              )
            }
          </Field>
        );
      })}
    </fieldset>
  );
}
