'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { QrScanner } from './qr-scanner';
import { BadgeLink } from '@/components/arrivals/badge-link';

interface Match {
  id: string;
  reference: string;
  status: string;
  organization: string;
  name: string;
  latinName: string;
  checkedInAt: string | null;
}
type Outcome = { kind: string; at?: string; name?: string; latinName?: string; reference?: string; status?: string };

/** The page at the door: search or scan, then one tap. A second tap says when the first happened. */
export function CheckInDesk({ eventId, locale }: { eventId: string; locale: string }) {
  const t = useTranslations('Admin.checkIn');
  const [matches, setMatches] = useState<Match[]>([]);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', ...(locale === 'en' ? {} : { hourCycle: 'h23' as const }) }).format(
      new Date(iso),
    );
  // 王晓明（WANG XIAOMING）: the name as the delegate writes it, then the passport form when it differs.
  const who = (o: { name?: string; latinName?: string }) =>
    o.latinName && o.latinName.toUpperCase() !== (o.name ?? '').toUpperCase() ? t('nameWithLatin', { name: o.name ?? '', latin: o.latinName }) : (o.name ?? '');

  // The field is read from the form, not from state: what door staff type before the page has hydrated counts too.
  const typed = (form: HTMLFormElement | null) => String(new FormData(form ?? undefined).get('q') ?? '').trim();

  async function search(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const query = typed(event.currentTarget);
    if (!query) return;
    const response = await fetch(`/api/admin/search?event=${eventId}&q=${encodeURIComponent(query)}`);
    setMatches(response.ok ? await response.json() : []);
  }

  async function checkIn(reference: string) {
    if (!reference) return;
    const response = await fetch('/api/admin/check-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ eventId, reference }),
    });
    setOutcome(await response.json().catch(() => ({ kind: 'error' })));
  }

  const message = !outcome
    ? null
    : outcome.kind === 'checked-in'
      ? t('done', { name: who(outcome), time: time(outcome.at!) })
      : outcome.kind === 'already'
        ? t('already', { name: who(outcome), time: time(outcome.at!) })
        : outcome.kind === 'not-confirmed'
          ? t('notConfirmed', { name: who(outcome) })
          : outcome.kind === 'not-found'
            ? t('notFound')
            : t('error');

  return (
    <>
      {message && (
        <p role="status" aria-live="assertive" className={`banner checkin-result ${outcome?.kind === 'checked-in' ? 'banner-success' : 'banner-error'}`}>
          {message}
        </p>
      )}
      {(outcome?.kind === 'checked-in' || outcome?.kind === 'already') && outcome.reference && <BadgeLink eventId={eventId} reference={outcome.reference} />}
      <form onSubmit={search} className="toolbar" role="search">
        <label className="field">
          <span>{t('search')}</span>
          <input type="search" name="q" autoFocus maxLength={100} />
        </label>
        <button type="submit" className="button">
          {t('find')}
        </button>
        <button type="button" className="button secondary" onClick={(e) => checkIn(typed(e.currentTarget.form))}>
          {t('checkInReference')}
        </button>
      </form>
      {matches.length > 0 && (
        <ul className="plain">
          {matches.map((m) => (
            <li key={m.id} className="panel">
              <strong>{who(m)}</strong> · {m.organization} · <code>{m.reference}</code>
              {m.checkedInAt && <span className="muted"> · {t('at', { time: time(m.checkedInAt) })}</span>}
              <p>
                <button type="button" className="button" onClick={() => checkIn(m.reference)}>
                  {t('checkIn', { name: m.name })}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      <QrScanner label={t('scan')} stopLabel={t('stopScan')} unavailable={t('noCamera')} onCode={(code) => checkIn(code)} />
    </>
  );
}
