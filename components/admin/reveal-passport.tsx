'use client';

import { useState } from 'react';

interface Labels {
  reveal: string;
  passportNumber: string;
  nationality: string;
  dateOfBirth: string;
  failed: string;
  logged: string;
}

/** Shows the sealed passport details on request; the server logs every reveal in the audit trail. */
export function RevealPassport({ id, labels }: { id: string; labels: Labels }) {
  const [data, setData] = useState<null | { passportNumber: string; nationality: string; dateOfBirth: string }>(null);
  const [failed, setFailed] = useState(false);
  async function reveal() {
    const response = await fetch('/api/admin/reveal', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ id }),
    });
    if (response.ok) setData(await response.json());
    else setFailed(true);
  }
  if (data) {
    return (
      <dl className="facts" aria-live="polite">
        <dt>{labels.passportNumber}</dt>
        <dd>{data.passportNumber}</dd>
        <dt>{labels.nationality}</dt>
        <dd>{data.nationality}</dd>
        <dt>{labels.dateOfBirth}</dt>
        <dd>{data.dateOfBirth}</dd>
      </dl>
    );
  }
  return (
    <p>
      <button type="button" className="button secondary" onClick={reveal}>
        {labels.reveal}
      </button>{' '}
      <span className="muted">{failed ? labels.failed : labels.logged}</span>
    </p>
  );
}
