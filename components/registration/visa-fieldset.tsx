'use client';

import { useTranslations } from 'next-intl';
import { type Control, useWatch } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { CountryOptions } from '@/components/ui/country-options';
import type { CountryOption } from '@/lib/countries';
import type { FieldsetProps, FormValues } from './registration-mode';

/** The invitation letter for a visa: asked for with a box; the passport and travel details open beneath it. */
export function VisaFieldset({ register, error, control, countries }: FieldsetProps & { control: Control<FormValues>; countries: CountryOption[] }) {
  const t = useTranslations('RegistrationForm');
  const common = { requiredLabel: t('requiredNote') };
  const visa = useWatch({ control, name: 'visaRequested' });
  const consentError = error('visaConsent');
  return (
    <fieldset>
      <legend>{t('sections.visa')}</legend>
      <label className="choice">
        <input type="checkbox" {...register('visaRequested')} aria-controls="visa-details" aria-expanded={Boolean(visa)} />
        <span>{t('fields.visaRequested')}</span>
      </label>
      {visa && (
        <div id="visa-details" className="nested">
          <p className="hint">{t('fields.visaHint')}</p>
          <div className="field-row">
            <Field {...common} id="passportNumber" label={t('fields.passportNumber')} required error={error('passportNumber')}>
              {(aria) => <input {...aria} {...register('passportNumber')} autoComplete="off" maxLength={20} />}
            </Field>
            <Field {...common} id="nationality" label={t('fields.nationality')} required error={error('nationality')}>
              {(aria) => (
                <select {...aria} {...register('nationality')}>
                  <CountryOptions countries={countries} placeholder={t('fields.countryPlaceholder')} />
                </select>
              )}
            </Field>
            <Field {...common} id="dateOfBirth" label={t('fields.dateOfBirth')} required error={error('dateOfBirth')}>
              {(aria) => <input {...aria} {...register('dateOfBirth')} type="date" autoComplete="bday" />}
            </Field>
          </div>
          <div className="field-row">
            <Field {...common} id="entryDate" label={t('fields.entryDate')} required error={error('entryDate')}>
              {(aria) => <input {...aria} {...register('entryDate')} type="date" />}
            </Field>
            <Field {...common} id="exitDate" label={t('fields.exitDate')} required error={error('exitDate')}>
              {(aria) => <input {...aria} {...register('exitDate')} type="date" />}
            </Field>
          </div>
          <Field {...common} id="consulate" label={t('fields.consulate')} required error={error('consulate')} hint={t('fields.consulateHint')}>
            {(aria) => <input {...aria} {...register('consulate')} maxLength={200} />}
          </Field>
          <label className="choice">
            <input
              type="checkbox"
              {...register('visaConsent')}
              aria-invalid={Boolean(consentError)}
              aria-describedby={consentError ? 'visaConsent-error' : undefined}
              id="visaConsent"
            />
            <span>{t('fields.visaConsent')}</span>
          </label>
          {consentError && (
            <p id="visaConsent-error" className="error-text">
              {consentError}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
