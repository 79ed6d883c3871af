'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider, get, useFieldArray, useForm, useWatch } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { CHOICE_KINDS, DELEGATION_TYPES, QUESTION_KINDS, type QuestionKind } from '@/lib/domain';
import { QUESTION_ERRORS } from '@/lib/validations/error-keys';
import { type QuestionsEditorData, type QuestionsEditorInput, questionsEditorSchema } from '@/lib/validations/questions';
import { LocalizedInputs } from './localized-inputs';
import { QuestionOptionsEditor } from './question-options-editor';

interface Props {
  initial: QuestionsEditorInput;
  /** Questions with answers: their kind is fixed (old answers must keep their meaning). */
  answered: string[];
}

const blank = () => ({ id: '', kind: 'oneChoice' as QuestionKind, required: false, delegationTypes: [], label: {}, options: [] });

/** The event's own questions and the arrivals switch (#16); saved on their own, beside the event editor. */
export function QuestionsEditor({ initial, answered }: Props) {
  const t = useTranslations('Questions.editor');
  const types = useTranslations('RegistrationForm.delegationTypes');
  const router = useRouter();
  const methods = useForm<QuestionsEditorInput, unknown, QuestionsEditorData>({ resolver: zodResolver(questionsEditorSchema), defaultValues: initial });
  const {
    control,
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = methods;
  const { fields, append, remove, move } = useFieldArray({ control, name: 'questions', keyName: 'key' });
  const kinds = useWatch({ control, name: 'questions' });
  const [outcome, setOutcome] = useState<{ key: string; tone: string } | null>(null);
  const errorOf = (path: string) => {
    const key = (get(errors, path) as { message?: string } | undefined)?.message;
    return key ? t(`errors.${QUESTION_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid') : undefined;
  };

  async function save(data: QuestionsEditorData) {
    setOutcome(null);
    const response = await fetch('/api/admin/events/questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(data),
    }).catch(() => null);
    const body = (await response?.json().catch(() => ({}))) ?? {};
    if (response?.ok && body.ok) {
      (body.ids as string[]).forEach((id, i) => setValue(`questions.${i}.id`, id));
      router.refresh();
      return setOutcome({ key: 'saved', tone: 'success' });
    }
    setOutcome({ key: ['kindLocked', 'notFound', 'unknownQuestion'].includes(body.error) ? body.error : 'tryAgain', tone: 'error' });
  }

  return (
    <FormProvider {...methods}>
      <form noValidate className="registration-form panel" onSubmit={handleSubmit(save)} aria-labelledby="questions-heading">
        <h2 id="questions-heading">{t('heading')}</h2>
        <p className="hint">{t('hint')}</p>
        <label className="choice">
          <input type="checkbox" {...register('asksTravel')} />
          <span>{t('asksTravel')}</span>
        </label>
        {fields.length === 0 && <p className="muted">{t('empty')}</p>}
        {fields.map((field, i) => {
          const kind = kinds?.[i]?.kind ?? field.kind;
          const locked = Boolean(field.id && answered.includes(field.id));
          return (
            <fieldset key={field.key} className="panel">
              <legend>{t('item', { number: i + 1 })}</legend>
              <LocalizedInputs name={`questions.${i}.label`} label={t('label')} error={errorOf(`questions.${i}.label`)} />
              <div className="field-row">
                <Field id={`question-${i}-kind`} label={t('kind')} hint={locked ? t('kindLocked') : undefined}>
                  {(aria) => (
                    <select {...aria} {...register(`questions.${i}.kind`)}>
                      {(locked ? [kind] : QUESTION_KINDS).map((k) => (
                        <option key={k} value={k}>
                          {t(`kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <label className="choice">
                  <input type="checkbox" {...register(`questions.${i}.required`)} />
                  <span>{t('required')}</span>
                </label>
              </div>
              <fieldset className="choices">
                <legend>{t('onlyFor')}</legend>
                <p className="hint">{t('onlyForHint')}</p>
                {DELEGATION_TYPES.map((d) => (
                  <label key={d} className="choice">
                    <input type="checkbox" value={d} {...register(`questions.${i}.delegationTypes`)} />
                    <span>{types(d)}</span>
                  </label>
                ))}
              </fieldset>
              {CHOICE_KINDS.includes(kind as QuestionKind) && (
                <QuestionOptionsEditor question={i} error={errorOf(`questions.${i}.options`)} errorOf={errorOf} />
              )}
              <p className="actions">
                {i > 0 && (
                  <button type="button" className="button secondary small" onClick={() => move(i, i - 1)}>
                    {t('up', { number: i + 1 })}
                  </button>
                )}
                <button type="button" className="button secondary danger small" onClick={() => remove(i)}>
                  {t('remove', { number: i + 1 })}
                </button>
              </p>
              {locked && <p className="hint">{t('removeKeepsAnswers')}</p>}
            </fieldset>
          );
        })}
        <p>
          <button type="button" className="button secondary" onClick={() => append(blank())}>
            {t('add')}
          </button>
        </p>
        <div role="status">{outcome && <p className={`banner banner-${outcome.tone}`}>{t(`outcome.${outcome.key}` as 'outcome.saved')}</p>}</div>
        <button type="submit" className="button" disabled={isSubmitting}>
          {t('save')}
        </button>
      </form>
    </FormProvider>
  );
}
