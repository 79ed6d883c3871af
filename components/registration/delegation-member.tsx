'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { isLocale, LOCALES, type Locale } from '@/i18n/locales';
import { htmlLang, localeNames } from '@/i18n/routing';
import { HONORIFICS } from '@/lib/domain';
import type { MemberInput } from '@/lib/validations/delegation';
import { DELEGATION_ERRORS } from '@/lib/validations/error-keys';
import { type DelegationFormValues, MEMBER_FIELDS } from './delegation-values';
import { type VisitChoice, VisitChoices } from './visit-choices';

interface Props {
  index: number;
  locale: Locale;
  memberLocale: string | undefined;
  visits: VisitChoice[];
  register: UseFormRegister<DelegationFormValues>;
  errors: FieldErrors<MemberInput> | undefined;
  /** Absent where the member is the only one (adding a member from the head's page). */
  onRemove?: () => void;
}

/** One member of the delegation: their own names, language, contact and visits, errors beside each field. */
export function DelegationMember({ index, locale, memberLocale, visits, register, errors, onRemove }: Props) {
  const t = useTranslations('DelegationForm');
  const f = useTranslations('RegistrationForm');
  const n = index + 1;
  const name = (field: (typeof MEMBER_FIELDS)[number]) => `delegation.members.${index}.${field}` as const;
  const id = (field: string) => `member-${index}-${field}`;
  const err = (field: keyof MemberInput) => {
    const key = errors?.[field]?.message;
    return key ? t(`errors.${DELEGATION_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid') : undefined;
  };
  const common = { requiredLabel: f('requiredNote') };
  const text = (field: 'familyName' | 'givenName' | 'patronymic' | 'position', required: boolean, max = 100) => (
    <Field key={field} {...common} id={id(field)} label={f(`fields.${field}`)} required={required} error={err(field)}>
      {(aria) => <input {...aria} {...register(name(field))} maxLength={max} />}
    </Field>
  );
  // Names in the order the member's own language writes them (family name first in zh, ja, ko, ru).
  const names = [text('familyName', true), text('givenName', true)];
  const lang = isLocale(memberLocale) ? memberLocale : locale;
  if (lang === 'en') names.reverse();
  if (lang === 'ru' || locale === 'ru') names.push(text('patronymic', false));
  return (
    <fieldset className="member" aria-labelledby={id('legend')}>
      <legend id={id('legend')}>{t('memberHeading', { n })}</legend>
      <div className="field-row">
        <Field {...common} id={id('locale')} label={t('memberLocale')} required error={err('locale')}>
          {(aria) => (
            <select {...aria} {...register(name('locale'))}>
              {LOCALES.map((l) => (
                <option key={l} value={l} lang={htmlLang[l]}>
                  {localeNames[l]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field {...common} id={id('honorific')} label={f('fields.honorific')} error={err('honorific')}>
          {(aria) => (
            <select {...aria} {...register(name('honorific'))}>
              <option value="">{f('fields.honorificNone')}</option>
              {HONORIFICS.map((h) => (
                <option key={h} value={h}>
                  {f(`honorifics.${h}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="field-row">{names}</div>
      <div className="field-row">
        <Field {...common} id={id('latinFamilyName')} label={f('fields.latinFamilyName')} required error={err('latinFamilyName')}>
          {(aria) => <input {...aria} {...register(name('latinFamilyName'))} lang="en" autoCapitalize="characters" maxLength={100} />}
        </Field>
        <Field {...common} id={id('latinGivenName')} label={f('fields.latinGivenName')} required error={err('latinGivenName')}>
          {(aria) => <input {...aria} {...register(name('latinGivenName'))} lang="en" autoCapitalize="characters" maxLength={100} />}
        </Field>
      </div>
      <div className="field-row">
        {text('position', false, 200)}
        <Field {...common} id={id('email')} label={t('memberEmail')} hint={t('memberEmailHint')} error={err('email')}>
          {(aria) => <input {...aria} {...register(name('email'))} type="email" maxLength={254} />}
        </Field>
      </div>
      <div className="field-row">
        <Field {...common} id={id('dietaryNeeds')} label={f('fields.dietaryNeeds')} error={err('dietaryNeeds')}>
          {(aria) => <textarea {...aria} {...register(name('dietaryNeeds'))} rows={2} maxLength={500} />}
        </Field>
        <Field {...common} id={id('accessNeeds')} label={f('fields.accessNeeds')} error={err('accessNeeds')}>
          {(aria) => <textarea {...aria} {...register(name('accessNeeds'))} rows={2} maxLength={500} />}
        </Field>
      </div>
      <VisitChoices
        legend={t('memberVisits', { n })}
        visits={visits}
        field={register(name('visitIds'))}
        seatsText={(count) => f('fields.visitSeats', { count })}
      />
      {onRemove && (
        <button type="button" className="button secondary" onClick={onRemove}>
          {t('removeMember', { n })}
        </button>
      )}
    </fieldset>
  );
}
