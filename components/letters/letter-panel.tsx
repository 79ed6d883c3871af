import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { countryOptions } from '@/lib/countries';
import { mayRequestLetter, type LetterStatus } from '@/lib/letter-state';
import { LetterRequestForm } from './letter-request-form';

interface Props {
  locale: Locale;
  token: string;
  registrationStatus: string;
  letter: { status: LetterStatus; reason: string | null; reference: string } | null;
}

/** The visa letter on the delegate's private page: where it stands, the download, or the request form. */
export async function LetterPanel({ locale, token, registrationStatus, letter }: Props) {
  const t = await getTranslations({ locale, namespace: 'VisaLetter.page' });
  const f = await getTranslations({ locale, namespace: 'RegistrationForm' });
  const canRequest = mayRequestLetter(letter?.status ?? null, registrationStatus);
  if (!letter && !canRequest) return null;
  const errorKeys = [
    'required',
    'choose',
    'tooLong',
    'invalidCharacters',
    'invalidDate',
    'dateInFuture',
    'invalidPassport',
    'consentRequired',
    'exitBeforeEntry',
    'invalid',
  ] as const;
  return (
    <section className="panel" aria-labelledby="letter-heading">
      <h2 id="letter-heading">{t('title')}</h2>
      {letter?.status === 'requested' && <p>{t('requested')}</p>}
      {letter?.status === 'issued' && (
        <>
          <p>{t('issued', { reference: letter.reference })}</p>
          <p>
            <a className="button" href={`/api/registration/letter?token=${encodeURIComponent(token)}`} download>
              {t('download')}
            </a>
          </p>
        </>
      )}
      {letter?.status === 'refused' && (
        <p>
          {t('refused', { reason: letter.reason ?? '—' })} {t('refusedAgain')}
        </p>
      )}
      {letter?.status === 'revoked' && <p>{t('revoked', { reason: letter.reason ?? '—' })}</p>}
      {letter?.status === 'expired' && <p>{t('expired')}</p>}
      {canRequest && letter?.status !== 'requested' && (
        <>
          {!letter && <p>{t('none')}</p>}
          <LetterRequestForm
            token={token}
            countries={countryOptions(locale)}
            labels={{
              passportNumber: f('fields.passportNumber'),
              nationality: f('fields.nationality'),
              countryPlaceholder: f('fields.countryPlaceholder'),
              dateOfBirth: f('fields.dateOfBirth'),
              entryDate: f('fields.entryDate'),
              exitDate: f('fields.exitDate'),
              consulate: f('fields.consulate'),
              consulateHint: f('fields.consulateHint'),
              consent: f('fields.visaConsent'),
              submit: t('request'),
              sent: t('sent'),
              requiredNote: f('requiredNote'),
              errors: Object.fromEntries(errorKeys.map((k) => [k, f(`errors.${k}`)])),
              outcome: {
                notAllowed: t('notAllowed'),
                rateLimited: f('outcome.rateLimited'),
                tryAgain: f('outcome.tryAgain'),
                network: f('outcome.network'),
                notFound: f('outcome.tryAgain'),
              },
            }}
          />
        </>
      )}
    </section>
  );
}
