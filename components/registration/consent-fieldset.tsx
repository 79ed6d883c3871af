'use client';

import { useTranslations } from 'next-intl';
import type { FieldsetProps } from './registration-mode';

/** The privacy notice and the consent to it, then the honeypot bots fill in and people never see. */
export function ConsentFieldset({ register, error }: FieldsetProps) {
  const t = useTranslations('RegistrationForm');
  const consentError = error('consent');
  return (
    <>
      <fieldset>
        <legend>{t('sections.consent')}</legend>
        <p className="privacy-notice">{t('fields.privacyNotice')}</p>
        <label className="choice">
          <input
            type="checkbox"
            id="consent"
            {...register('consent')}
            aria-required="true"
            aria-invalid={Boolean(consentError)}
            aria-describedby={consentError ? 'consent-error' : undefined}
          />
          <span>
            {t('fields.consent')}{' '}
            <span aria-hidden="true" className="required">
              *
            </span>
          </span>
        </label>
        {consentError && (
          <p id="consent-error" className="error-text">
            {consentError}
          </p>
        )}
      </fieldset>

      {/* Honeypot: off-screen and skipped by keyboard and screen readers; people never fill it. */}
      <div className="hp" aria-hidden="true">
        <label htmlFor="website">{t('fields.website')}</label>
        <input id="website" type="text" tabIndex={-1} autoComplete="off" {...register('website')} />
      </div>
    </>
  );
}
