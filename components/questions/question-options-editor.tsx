'use client';

import { useTranslations } from 'next-intl';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { QuestionsEditorInput } from '@/lib/validations/questions';
import { LocalizedInputs } from './localized-inputs';

/** The choices of one question; a saved choice keeps its id, so answers naming it stay readable. */
export function QuestionOptionsEditor({ question, error, errorOf }: { question: number; error?: string; errorOf: (path: string) => string | undefined }) {
  const t = useTranslations('Questions.editor');
  const { control } = useFormContext<QuestionsEditorInput>();
  const { fields, append, remove } = useFieldArray({ control, name: `questions.${question}.options`, keyName: 'key' });
  return (
    <div className="nested">
      <h3>{t('options')}</h3>
      {error && <p className="error-text">{error}</p>}
      {fields.map((field, j) => (
        <div key={field.key}>
          <LocalizedInputs
            name={`questions.${question}.options.${j}.label`}
            label={t('option', { number: j + 1 })}
            error={errorOf(`questions.${question}.options.${j}`)}
          />
          <button type="button" className="button secondary small" onClick={() => remove(j)}>
            {t('removeOption', { number: j + 1 })}
          </button>
        </div>
      ))}
      <p>
        <button type="button" className="button secondary small" onClick={() => append({ id: '', label: {} })}>
          {t('addOption')}
        </button>
      </p>
    </div>
  );
}
