'use client';

import { useTranslations } from 'next-intl';
import { Field } from '@/components/ui/field';
import type { FieldsetProps } from './registration-mode';

/** Where the confirmation and the private link go, and a phone for the day. */
export function ContactFieldset({ register, error }: FieldsetProps) {
  const t = useTranslations('RegistrationForm');
  const common = { requiredLabel: t('requiredNote') };
  return (
    <fieldset>
      <legend>{t('sections.contact')}</legend>
      <div className="field-row">
        <Field {...common} id="email" label={t('fields.email')} required error={error('email')} hint={t('fields.emailHint')}>
          {(aria) => <input {...aria} {...register('email')} type="email" autoComplete="email" maxLength={254} />}
        </Field>
        <Field {...common} id="phone" label={t('fields.phone')} required error={error('phone')} hint={t('fields.phoneHint')}>
          {(aria) => <input {...aria} {...register('phone')} type="tel" autoComplete="tel" maxLength={32} />}
        </Field>
      </div>
    </fieldset>
  );
}
