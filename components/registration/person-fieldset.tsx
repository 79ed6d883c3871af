'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field';
import type { Locale } from '@/i18n/locales';
import { CountryOptions } from '@/components/ui/country-options';
import type { CountryOption } from '@/lib/countries';
import { HONORIFICS } from '@/lib/domain';
import type { FieldsetProps, Mode } from './registration-mode';

// Russian forms ask Фамилия, Имя, Отчество in that order, as official forms do.
const FAMILY_FIRST: Locale[] = ['zh', 'ja', 'ko', 'ru'];

/** Who registers (the head, for a delegation): title, names as written and as in the passport, organization, country. */
export function PersonFieldset({ register, error, locale, mode, countries }: FieldsetProps & { locale: Locale; mode: Mode; countries: CountryOption[] }) {
  const t = useTranslations('RegistrationForm');
  const d = useTranslations('DelegationForm');
  const common = { requiredLabel: t('requiredNote') };
  const nameFields = [
    <Field key="family" {...common} id="familyName" label={t('fields.familyName')} required error={error('familyName')}>
      {(aria) => <input {...aria} {...register('familyName')} autoComplete="family-name" maxLength={100} />}
    </Field>,
    <Field key="given" {...common} id="givenName" label={t('fields.givenName')} required error={error('givenName')}>
      {(aria) => <input {...aria} {...register('givenName')} autoComplete="given-name" maxLength={100} />}
    </Field>,
  ];
  if (!FAMILY_FIRST.includes(locale)) nameFields.reverse();
  if (locale === 'ru') {
    nameFields.push(
      <Field key="patronymic" {...common} id="patronymic" label={t('fields.patronymic')} error={error('patronymic')}>
        {(aria) => <input {...aria} {...register('patronymic')} autoComplete="additional-name" maxLength={100} />}
      </Field>,
    );
  }
  return (
    <fieldset>
      <legend>{mode === 'delegation' ? d('headSection') : t('sections.person')}</legend>
      <Field {...common} id="honorific" label={t('fields.honorific')} error={error('honorific')}>
        {(aria) => (
          <select {...aria} {...register('honorific')}>
            <option value="">{t('fields.honorificNone')}</option>
            {HONORIFICS.map((h) => (
              <option key={h} value={h}>
                {t(`honorifics.${h}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <p className="hint">{t('fields.nameHint')}</p>
      <div className="field-row">{nameFields}</div>
      {/* The hint is for both passport fields, so it stands above the pair and the two inputs line up (K47). */}
      <p className="hint">{t('fields.latinHint')}</p>
      <div className="field-row">
        <Field {...common} id="latinFamilyName" label={t('fields.latinFamilyName')} required error={error('latinFamilyName')}>
          {(aria) => <input {...aria} {...register('latinFamilyName')} lang="en" autoCapitalize="characters" maxLength={100} />}
        </Field>
        <Field {...common} id="latinGivenName" label={t('fields.latinGivenName')} required error={error('latinGivenName')}>
          {(aria) => <input {...aria} {...register('latinGivenName')} lang="en" autoCapitalize="characters" maxLength={100} />}
        </Field>
      </div>
      <div className="field-row">
        <Field {...common} id="organization" label={t('fields.organization')} required error={error('organization')}>
          {(aria) => <input {...aria} {...register('organization')} autoComplete="organization" maxLength={200} />}
        </Field>
        <Field {...common} id="position" label={t('fields.position')} error={error('position')}>
          {(aria) => <input {...aria} {...register('position')} autoComplete="organization-title" maxLength={200} />}
        </Field>
      </div>
      <Field {...common} id="country" label={t('fields.country')} required error={error('country')}>
        {(aria) => (
          <select {...aria} {...register('country')} autoComplete="country">
            <CountryOptions countries={countries} placeholder={t('fields.countryPlaceholder')} />
          </select>
        )}
      </Field>
    </fieldset>
  );
}
