'use client';

import { useTranslations } from 'next-intl';
import { useRef } from 'react';
import { type Control, type FieldErrors, useFieldArray, type UseFormRegister, useWatch } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import type { Locale } from '@/i18n/locales';
import { CountryOptions } from '@/components/ui/country-options';
import type { CountryOption } from '@/lib/countries';
import { MAX_MEMBERS } from '@/lib/domain';
import { DELEGATION_ERRORS } from '@/lib/validations/error-keys';
import { DelegationMember } from './delegation-member';
import { type DelegationFormValues, emptyMember } from './delegation-values';
import type { VisitChoice } from './visit-choices';

interface Props {
  locale: Locale;
  control: Control<DelegationFormValues>;
  register: UseFormRegister<DelegationFormValues>;
  errors: FieldErrors<DelegationFormValues>['delegation'];
  countries: CountryOption[];
  visits: VisitChoice[];
}

/** The delegation's own details and its members: added and removed by keyboard, focus kept where the person is. */
export function DelegationFields({ locale, control, register, errors, countries, visits }: Props) {
  const t = useTranslations('DelegationForm');
  const f = useTranslations('RegistrationForm');
  const { fields, append, remove } = useFieldArray({ control, name: 'delegation.members' });
  const memberLocales = useWatch({ control, name: 'delegation.members' })?.map((m) => m?.locale);
  const addRef = useRef<HTMLButtonElement>(null);
  const err = (key?: string) => (key ? t(`errors.${DELEGATION_ERRORS.has(key) ? key : 'invalid'}` as 'errors.invalid') : undefined);
  const common = { requiredLabel: f('requiredNote') };
  const membersError = errors?.members?.message ?? errors?.members?.root?.message;
  return (
    <>
      <fieldset>
        <legend>{t('sectionDelegation')}</legend>
        <Field {...common} id="delegation-name" label={t('name')} hint={t('nameHint')} required error={err(errors?.name?.message)}>
          {(aria) => <input {...aria} {...register('delegation.name')} maxLength={200} />}
        </Field>
        <div className="field-row">
          <Field {...common} id="delegation-organization" label={t('organization')} required error={err(errors?.organization?.message)}>
            {(aria) => <input {...aria} {...register('delegation.organization')} maxLength={200} />}
          </Field>
          <Field {...common} id="delegation-country" label={t('country')} required error={err(errors?.country?.message)}>
            {(aria) => (
              <select {...aria} {...register('delegation.country')}>
                <CountryOptions countries={countries} placeholder={f('fields.countryPlaceholder')} />
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset aria-describedby="members-hint">
        <legend>{t('membersLegend')}</legend>
        <p id="members-hint" className="hint">
          {t('membersHint')}
        </p>
        {fields.map((field, index) => (
          <DelegationMember
            key={field.id}
            index={index}
            locale={locale}
            memberLocale={memberLocales?.[index]}
            visits={visits}
            register={register}
            errors={errors?.members?.[index]}
            onRemove={() => {
              remove(index);
              addRef.current?.focus();
            }}
          />
        ))}
        {membersError && (
          <p id="members-error" className="error-text" role="alert">
            {err(membersError)}
          </p>
        )}
        {fields.length < MAX_MEMBERS && (
          <button
            type="button"
            ref={addRef}
            className="button secondary"
            onClick={() => append(emptyMember(locale), { focusName: `delegation.members.${fields.length}.locale` })}
          >
            {t('addMember')}
          </button>
        )}
      </fieldset>
    </>
  );
}
