'use client';

import { useEffect, useRef, useState } from 'react';
import { LOCALES, type Locale } from '@/i18n/locales';
import { AUDIENCE_KINDS, AUDIENCE_VALUE, announcementSchema, type AudienceKind } from '@/lib/announcements';

export interface AnnouncementFormLabels {
  sourceLocale: string;
  audience: string;
  visit: string;
  delegation: string;
  country: string;
  subject: string;
  body: string;
  bodyHint: string;
  save: string;
  languages: Record<Locale, string>;
  audiences: Record<AudienceKind, string>;
  errors: Record<string, string>;
  errorSummary: string;
}

interface Props {
  labels: AnnouncementFormLabels;
  eventId: string;
  idempotencyKey: string;
  returnTo: string;
  visits: { id: string; title: string }[];
  delegations: { id: string; name: string }[];
  countries: { code: string; name: string }[];
  initial?: {
    id: string;
    sourceLocale: Locale;
    audienceKind: AudienceKind;
    audienceValue: string | null;
    subject: Partial<Record<Locale, string>>;
    body: Partial<Record<Locale, string>>;
  };
}

/** Writes an announcement in up to five languages; checked here with the server's own schema, so nothing typed is lost. */
export function AnnouncementForm({ labels, eventId, idempotencyKey, returnTo, visits, delegations, countries, initial }: Props) {
  const [kind, setKind] = useState<AudienceKind>(initial?.audienceKind ?? 'all');
  // The select is the record, not a mirror of state that hydration would reset: a choice made before the
  // script ran is taken up once it runs (then its picker appears).
  const audience = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const chosen = AUDIENCE_KINDS.find((k) => k === audience.current?.value);
    if (chosen) setKind(chosen);
  }, []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    const parsed = announcementSchema.safeParse(Object.fromEntries(new FormData(e.currentTarget)));
    if (parsed.success) return;
    e.preventDefault();
    setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), labels.errors[i.message] ?? labels.errors.invalid!])));
  };
  // The picker the chosen audience needs, if any: a visit, a delegation or a country.
  const pickers = {
    visitId: { label: labels.visit, options: visits.map((v) => ({ value: v.id, text: v.title })) },
    delegationId: { label: labels.delegation, options: delegations.map((d) => ({ value: d.id, text: d.name })) },
    country: { label: labels.country, options: countries.map((c) => ({ value: c.code, text: c.name })) },
  };
  const picker = AUDIENCE_VALUE[kind];
  const error = (name: string) =>
    errors[name] && (
      <p id={`${name}-error`} className="error-text">
        {errors[name]}
      </p>
    );
  return (
    <form method="post" action="/api/admin/announcements" onSubmit={onSubmit} noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="returnTo" value={returnTo} />
      {initial && <input type="hidden" name="id" value={initial.id} />}
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="banner banner-error">
          {labels.errorSummary}
        </p>
      )}
      <div className="toolbar">
        <div className="field">
          <label htmlFor="ann-source">{labels.sourceLocale}</label>
          <select id="ann-source" name="sourceLocale" defaultValue={initial?.sourceLocale ?? 'zh'}>
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {labels.languages[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="ann-audience">{labels.audience}</label>
          <select
            id="ann-audience"
            name="audienceKind"
            ref={audience}
            defaultValue={initial?.audienceKind ?? 'all'}
            onChange={(e) => setKind(e.target.value as AudienceKind)}
          >
            {AUDIENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.audiences[k]}
              </option>
            ))}
          </select>
        </div>
        {picker && (
          <div className="field" key={picker}>
            <label htmlFor={picker}>{pickers[picker].label}</label>
            <select
              id={picker}
              name={picker}
              defaultValue={initial?.audienceKind === kind ? (initial.audienceValue ?? '') : ''}
              aria-invalid={Boolean(errors[picker])}
            >
              <option value="" />
              {pickers[picker].options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.text}
                </option>
              ))}
            </select>
            {error(picker)}
          </div>
        )}
      </div>
      {LOCALES.map((l) => (
        <fieldset key={l} lang={l === 'zh' ? 'zh-Hans' : l}>
          <legend>{labels.languages[l]}</legend>
          <div className="field">
            <label htmlFor={`subject_${l}`}>{labels.subject}</label>
            <input
              id={`subject_${l}`}
              name={`subject_${l}`}
              defaultValue={initial?.subject[l] ?? ''}
              maxLength={200}
              aria-invalid={Boolean(errors[`subject_${l}`])}
            />
            {error(`subject_${l}`)}
          </div>
          <div className="field">
            <label htmlFor={`body_${l}`}>{labels.body}</label>
            <textarea id={`body_${l}`} name={`body_${l}`} rows={6} defaultValue={initial?.body[l] ?? ''} aria-invalid={Boolean(errors[`body_${l}`])} />
            {error(`body_${l}`)}
          </div>
        </fieldset>
      ))}
      <p className="hint">{labels.bodyHint}</p>
      <p>
        <button type="submit" className="button">
          {labels.save}
        </button>
      </p>
    </form>
  );
}
