'use client';

import { useState } from 'react';
import type { VisaDetails } from '@/lib/validations/visa';

type Key = keyof VisaDetails;
const KEYS: Key[] = ['latinFamilyName', 'latinGivenName', 'passportNumber', 'nationality', 'dateOfBirth', 'entryDate', 'exitDate', 'consulate'];
const DATES: Key[] = ['dateOfBirth', 'entryDate', 'exitDate'];

interface Props {
  id: string;
  returnTo: string;
  /** An issued letter can be corrected and regenerated. */
  correctable: boolean;
  labels: { reveal: string; logged: string; failed: string; regenerate: string; regenerateHint: string; fields: Record<Key, string> };
}

/** The letter's passport details on request (the server audits every look), and the correction form beside them. */
export function LetterDetails({ id, returnTo, correctable, labels }: Props) {
  const [details, setDetails] = useState<VisaDetails | null>(null);
  const [failed, setFailed] = useState(false);
  async function reveal() {
    const response = await fetch('/api/admin/letters/reveal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ id }),
    });
    if (response.ok) setDetails(await response.json());
    else setFailed(true);
  }
  if (!details) {
    return (
      <p>
        <button type="button" className="button secondary" onClick={reveal}>
          {labels.reveal}
        </button>{' '}
        <span className="muted">{failed ? labels.failed : labels.logged}</span>
      </p>
    );
  }
  if (!correctable) {
    return (
      <dl className="facts" aria-live="polite">
        {KEYS.map((k) => (
          <div key={k}>
            <dt>{labels.fields[k]}</dt>
            <dd>{details[k]}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return (
    <form method="post" action="/api/admin/letters/correct" className="registration-form" aria-live="polite">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <p className="hint">{labels.regenerateHint}</p>
      <div className="field-row">
        {KEYS.map((k) => (
          <div key={k} className="field">
            <label htmlFor={`c-${k}`}>{labels.fields[k]}</label>
            <input id={`c-${k}`} name={k} defaultValue={details[k]} type={DATES.includes(k) ? 'date' : 'text'} required maxLength={200} />
          </div>
        ))}
      </div>
      <button type="submit" className="button">
        {labels.regenerate}
      </button>
    </form>
  );
}
