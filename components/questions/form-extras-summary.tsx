'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors } from 'react-hook-form';
import type { Locale } from '@/i18n/locales';
import { pickText } from '@/lib/localized';
import { QUESTION_ERRORS, TRAVEL_ERRORS } from '@/lib/validations/error-keys';
import type { FormQuestion } from '@/lib/validations/questions';
import { questionFieldId } from './question-fields';
import { travelFieldId } from '@/lib/travel-form';

/** The error summary's lines for the event's questions and the travel fields, linking to each. */
export function FormExtrasSummary({
  entries,
  questions,
  locale,
  source,
}: {
  entries: { group: 'answers' | 'travel'; field: string; message: string }[];
  questions: FormQuestion[];
  locale: Locale;
  source: Locale;
}) {
  const q = useTranslations('Questions');
  const tr = useTranslations('Travel');
  const f = useTranslations('RegistrationForm');
  return entries.map(({ group, field, message }) => {
    const isAnswer = group === 'answers';
    const label = isAnswer
      ? (pickText(questions.find((x) => x.id === field)?.label, locale, source)?.text ?? '')
      : tr(`fields.${field}` as 'fields.arrivalDate');
    const text = isAnswer
      ? q(`errors.${QUESTION_ERRORS.has(message) ? message : 'invalid'}` as 'errors.invalid')
      : tr(`errors.${TRAVEL_ERRORS.has(message) ? message : 'invalid'}` as 'errors.invalid');
    const href = `#${isAnswer ? questionFieldId(field) : travelFieldId(field)}`;
    return (
      <li key={`${group}.${field}`}>
        <a href={href}>{f('summaryItem', { label })}</a>
        {text}
      </li>
    );
  });
}

/** Entries of the error summary for the extras: where to jump, and which message. */
export function extraErrorEntries(errors: FieldErrors): { group: 'answers' | 'travel'; field: string; message: string }[] {
  return (['answers', 'travel'] as const).flatMap((group) =>
    Object.entries((errors[group] ?? {}) as Record<string, { message?: string }>)
      .filter(([, e]) => typeof e?.message === 'string')
      .map(([field, e]) => ({ group, field, message: e.message! })),
  );
}
