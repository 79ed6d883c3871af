'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { Field } from '@/components/ui/field';
import { CountryOptions } from '@/components/ui/country-options';
import type { CountryOption } from '@/lib/countries';

export interface LetterRequestLabels {
  passportNumber: string;
  nationality: string;
  countryPlaceholder: string;
  dateOfBirth: string;
  entryDate: string;
  exitDate: string;
  consulate: string;
  consulateHint: string;
  consent: string;
  submit: string;
  sent: string;
  requiredNote: string;
  errors: Record<string, string>;
  outcome: Record<string, string>;
}

const FIELDS = ['passportNumber', 'nationality', 'dateOfBirth', 'entryDate', 'exitDate', 'consulate'] as const;

/** Asks for a visa letter from the private page; errors stand beside each field, nothing typed is lost. */
export function LetterRequestForm({ token, countries, labels }: { token: string; countries: CountryOption[]; labels: LetterRequestLabels }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const message = (key?: string) => (key ? (labels.errors[key] ?? labels.errors.invalid) : undefined);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = Object.fromEntries(FIELDS.map((f) => [f, String(form.get(f) ?? '')]));
    setBusy(true);
    setOutcome(null);
    try {
      const response = await fetch('/api/registration/letter', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, ...body, visaConsent: form.get('visaConsent') === 'on' }),
      });
      const result = await response.json().catch(() => ({}));
      if (response.ok) {
        setErrors({});
        setOutcome('sent');
        router.refresh();
      } else if (result.error === 'validation') setErrors(result.fields ?? {});
      else setOutcome(labels.outcome[result.error] ? result.error : 'tryAgain');
    } catch {
      setOutcome('network');
    } finally {
      setBusy(false);
    }
  }

  const common = { requiredLabel: labels.requiredNote, required: true };
  return (
    <form noValidate onSubmit={submit} className="registration-form" aria-busy={busy}>
      {outcome && (
        <p role={outcome === 'sent' ? 'status' : 'alert'} className={`banner ${outcome === 'sent' ? 'banner-success' : 'banner-error'}`}>
          {outcome === 'sent' ? labels.sent : (labels.outcome[outcome] ?? labels.outcome.tryAgain)}
        </p>
      )}
      <div className="field-row">
        <Field {...common} id="l-passportNumber" label={labels.passportNumber} error={message(errors.passportNumber)}>
          {(aria) => <input {...aria} name="passportNumber" autoComplete="off" maxLength={20} />}
        </Field>
        <Field {...common} id="l-nationality" label={labels.nationality} error={message(errors.nationality)}>
          {(aria) => (
            <select {...aria} name="nationality" defaultValue="">
              <CountryOptions countries={countries} placeholder={labels.countryPlaceholder} />
            </select>
          )}
        </Field>
        <Field {...common} id="l-dateOfBirth" label={labels.dateOfBirth} error={message(errors.dateOfBirth)}>
          {(aria) => <input {...aria} name="dateOfBirth" type="date" autoComplete="bday" />}
        </Field>
      </div>
      <div className="field-row">
        <Field {...common} id="l-entryDate" label={labels.entryDate} error={message(errors.entryDate)}>
          {(aria) => <input {...aria} name="entryDate" type="date" />}
        </Field>
        <Field {...common} id="l-exitDate" label={labels.exitDate} error={message(errors.exitDate)}>
          {(aria) => <input {...aria} name="exitDate" type="date" />}
        </Field>
      </div>
      <Field {...common} id="l-consulate" label={labels.consulate} hint={labels.consulateHint} error={message(errors.consulate)}>
        {(aria) => <input {...aria} name="consulate" maxLength={200} />}
      </Field>
      <label className="choice">
        <input
          type="checkbox"
          name="visaConsent"
          id="l-visaConsent"
          aria-invalid={Boolean(errors.visaConsent)}
          aria-describedby={errors.visaConsent ? 'l-visaConsent-error' : undefined}
        />
        <span>{labels.consent}</span>
      </label>
      {errors.visaConsent && (
        <p id="l-visaConsent-error" className="error-text">
          {message(errors.visaConsent)}
        </p>
      )}
      <button type="submit" className="button" disabled={busy}>
        {labels.submit}
      </button>
    </form>
  );
}
