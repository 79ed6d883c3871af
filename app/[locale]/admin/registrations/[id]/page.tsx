import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { RevealPassport } from '@/components/admin/reveal-passport';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { registrationDetail } from '@/db/queries/attendees';
import { loadAudit } from '@/db/queries/audit';
import type { Locale } from '@/db/schema';
import { Link } from '@/i18n/navigation';
import { htmlLang } from '@/i18n/routing';
import { allows } from '@/lib/auth/permissions';
import { requirePage } from '@/lib/auth/session';
import { pickText } from '@/lib/localized';

export const dynamic = 'force-dynamic';

const ACTIONS: Record<string, string[]> = {
  pending: ['approve', 'waitlist', 'reject', 'cancel'], confirmed: ['waitlist', 'reject', 'cancel'],
  waitlisted: ['promote', 'reject', 'cancel'], cancelled: [], rejected: [],
};

export default async function RegistrationAdminPage({ params, searchParams }: {
  params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ result?: string }>;
}) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const organizer = await requirePage(locale, 'manageAttendees');
  const db = await getDb();
  const r = await registrationDetail(db, id);
  if (!r) notFound();
  const [event, audit] = await Promise.all([adminEvent(db, r.eventId, locale), loadAudit(db, { entityType: 'registration', entityId: id })]);
  const t = await getTranslations({ locale, namespace: 'Admin.registration' });
  const s = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const a = await getTranslations({ locale, namespace: 'Admin.attendees' });
  const d = await getTranslations({ locale, namespace: 'RegistrationForm.delegationTypes' });
  const f = await getTranslations({ locale, namespace: 'RegistrationForm.fields' });
  const here = `/${locale}/admin/registrations/${id}`;
  const when = (date: Date | null) => (date ? new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: 'medium', timeStyle: 'short' }).format(date) : '—');
  const { result } = await searchParams;
  return (
    <section>
      <p><Link href={`/admin/events/${r.eventId}`}>← {event?.title}</Link></p>
      <h1>{r.familyName} {r.givenName} <span className="muted">· {r.latinFamilyName} {r.latinGivenName}</span></h1>
      {result && <p role="status" className="banner banner-info">{a(`results.${['ok', 'full', 'not-allowed', 'not-found', 'invalid'].includes(result) ? result : 'ok'}`)}</p>}
      <p><span className={`status-pill status-${r.status}`}>{s(r.status)}</span> · {t('reference')}: <strong>{r.reference}</strong></p>
      <div className="actions">
        {ACTIONS[r.status]!.map((decision) => (
          <form key={decision} method="post" action="/api/admin/decide" className="inline-form">
            <input type="hidden" name="id" value={r.id} /><input type="hidden" name="decision" value={decision} />
            <input type="hidden" name="returnTo" value={here} />
            <button type="submit" className={`button${decision === 'approve' || decision === 'promote' ? '' : ' secondary'}`}>{t(`decisions.${decision}`)}</button>
          </form>
        ))}
      </div>
      <dl className="facts panel">
        <dt>{f('organization')}</dt><dd>{r.organization}{r.position ? `, ${r.position}` : ''}</dd>
        <dt>{f('country')}</dt><dd>{new Intl.DisplayNames([htmlLang[locale]], { type: 'region' }).of(r.country)}</dd>
        <dt>{f('email')}</dt><dd>{r.email}</dd>
        <dt>{f('phone')}</dt><dd>{r.phone}</dd>
        <dt>{f('delegationType')}</dt><dd>{d(r.delegationType)}</dd>
        <dt>{f('dietaryNeeds')}</dt><dd>{r.dietaryNeeds ?? '—'}</dd>
        <dt>{f('accessNeeds')}</dt><dd>{r.accessNeeds ?? '—'}</dd>
        <dt>{t('language')}</dt><dd>{r.locale}</dd>
        <dt>{t('registeredAt')}</dt><dd>{when(r.createdAt)}</dd>
        <dt>{t('consent')}</dt><dd>{when(r.consentAt)} ({r.consentVersion})</dd>
        <dt>{t('checkedIn')}</dt><dd>{when(r.checkedInAt)}</dd>
        <dt>{f('visits')}</dt>
        <dd>{r.visits.length === 0 ? '—' : <ul className="plain">{r.visits.map((v) => <li key={v.visitId}>{pickText(v.title, locale, event?.sourceLocale ?? 'zh')?.text} · {t(`visitStatus.${v.status}`)}</li>)}</ul>}</dd>
      </dl>
      {r.visaRequested && (
        <section className="panel" aria-labelledby="visa-heading">
          <h2 id="visa-heading">{f('visaRequested')}</h2>
          {allows(organizer.role, 'revealPassport') && r.hasVisaData
            ? <RevealPassport id={r.id} labels={{ reveal: t('reveal'), passportNumber: f('passportNumber'), nationality: f('nationality'), dateOfBirth: f('dateOfBirth'), failed: t('revealFailed'), logged: t('revealLogged') }} />
            : <p className="muted">{t('adminsOnly')}</p>}
        </section>
      )}
      <h2>{t('emails')}</h2>
      <div className="table-wrap"><table>
        <thead><tr><th scope="col">{t('emailKind')}</th><th scope="col">{t('emailStatus')}</th><th scope="col">{t('emailDate')}</th><th scope="col"><span className="sr-only">{t('resend')}</span></th></tr></thead>
        <tbody>{r.emails.map((e) => (
          <tr key={e.id}>
            <td><Link href={`/admin/emails/${e.id}`}>{e.subject ?? e.kind}</Link></td>
            <td>{t(`emailStatuses.${e.status}`)}{e.lastError ? ` — ${e.lastError}` : ''}</td>
            <td>{when(e.sentAt ?? e.createdAt)}</td>
            <td><form method="post" action="/api/admin/resend" className="inline-form"><input type="hidden" name="emailId" value={e.id} /><input type="hidden" name="returnTo" value={here} /><button type="submit" className="button secondary small">{t('resend')}</button></form></td>
          </tr>
        ))}</tbody>
      </table></div>
      <h2>{t('audit')}</h2>
      <ul>{audit.map((entry) => <li key={entry.id}>{when(entry.createdAt)} · {entry.actor ?? '—'} · {entry.action} {entry.before ? JSON.stringify(entry.before) : ''} → {entry.after ? JSON.stringify(entry.after) : ''}</li>)}</ul>
    </section>
  );
}
