'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors } from 'react-hook-form';
import { extraErrorEntries, FormExtrasSummary } from '@/components/questions/form-extras-summary';
import type { Locale } from '@/i18n/locales';
import { DELEGATION_ERRORS } from '@/lib/validations/error-keys';
import type { FormQuestion } from '@/lib/validations/questions';
import type { RegistrationInput } from '@/lib/validations/registration';
import { delegationErrorList } from './delegation-values';
import type { FieldsetProps, FormValues, Mode } from './registration-mode';

interface Props {
  errors: FieldErrors<FormValues>;
  error: FieldsetProps['error'];
  mode: Mode;
  questions: FormQuestion[];
  locale: Locale;
  source: Locale;
}

/** After a submit that failed: how many things to fix, each a link to its field, in the order the form shows them. */
export function ErrorSummary({ errors, error, mode, questions, locale, source }: Props) {
  const t = useTranslations('RegistrationForm');
  const d = useTranslations('DelegationForm');
  const extraErrors = extraErrorEntries(errors);
  const headErrors = Object.keys(errors).filter((f) => f !== 'delegation' && f !== 'answers' && f !== 'travel');
  const groupErrors =
    mode === 'delegation'
      ? delegationErrorList(errors.delegation, (field, n) =>
          n ? d('memberField', { n, label: fieldLabel(t, field) ?? d(`fields.${field}` as 'fields.name') }) : d(`fields.${field}` as 'fields.name'),
        )
      : [];
  const errorCount = headErrors.length + groupErrors.length + extraErrors.length;
  if (errorCount === 0) return null;
  return (
    <div role="alert" className="banner banner-error">
      {t('errorSummary', { count: errorCount })}
      <ul>
        {headErrors
          .sort((a, b) => formOrder(a) - formOrder(b))
          .map((f) => {
            const label = fieldLabel(t, f);
            const text = error(f as keyof RegistrationInput);
            return (
              <li key={f}>
                {label ? (
                  <>
                    <a href={`#${f}`}>{t('summaryItem', { label })}</a>
                    {text}
                  </>
                ) : (
                  text
                )}
              </li>
            );
          })}
        {groupErrors.map((e) => {
          const text = d(`errors.${DELEGATION_ERRORS.has(e.key) ? e.key : 'invalid'}` as 'errors.invalid');
          return (
            <li key={e.id}>
              {e.label ? (
                <>
                  <a href={`#${e.id}`}>{t('summaryItem', { label: e.label })}</a>
                  {text}
                </>
              ) : (
                text
              )}
            </li>
          );
        })}
        <FormExtrasSummary entries={extraErrors} questions={questions} locale={locale} source={source} />
      </ul>
    </div>
  );
}

// The fields in the order the form shows them, so the error summary reads top to bottom.
const FIELD_ORDER = [
  'honorific',
  'familyName',
  'givenName',
  'patronymic',
  'latinFamilyName',
  'latinGivenName',
  'organization',
  'position',
  'country',
  'email',
  'phone',
  'delegationType',
  'dietaryNeeds',
  'accessNeeds',
  'visitIds',
  'passportNumber',
  'nationality',
  'dateOfBirth',
  'entryDate',
  'exitDate',
  'consulate',
  'visaConsent',
  'consent',
];
const formOrder = (field: string) => (FIELD_ORDER.includes(field) ? FIELD_ORDER.indexOf(field) : FIELD_ORDER.length);

function fieldLabel(t: ReturnType<typeof useTranslations<'RegistrationForm'>>, field: string) {
  // The consents' labels are whole sentences; the summary names them briefly.
  if (field === 'consent' || field === 'visaConsent') return t(`fields.${field}Short`);
  if (FIELD_ORDER.includes(field) && field !== 'visitIds') return t(`fields.${field}` as 'fields.email');
  return field === 'visitIds' ? t('fields.visits') : null; // e.g. a form-level error: the message stands alone
}
