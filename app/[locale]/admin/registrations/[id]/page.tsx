import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RevealPassport } from '@/components/admin/reveal-passport';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { DelegateExtras } from '@/components/questions/delegate-extras';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { registrationDetail } from '@/db/queries/attendees';
import { loadAudit } from '@/db/queries/audit';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { allows, roleAllows } from '@/lib/permissions';
import { auditLabels } from '@/lib/audit-labels';
import { adminPage, requireTarget } from '@/server/auth/session';
import { pickText } from '@/lib/localized';
import { decisionResult, decisionsFrom, isActive } from '@/lib/domain';
import { countryName } from '@/lib/countries';
import { formatStamp } from '@/lib/format';
import { fullName, hasDistinctPassportName, passportName } from '@/lib/names';
import { visitTitles } from '@/db/queries/events';
import { visitSeatShown } from '@/lib/status-truth';

export const dynamic = 'force-dynamic';

export default async function RegistrationAdminPage({ params, searchParams }: {
  params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ result?: string }>;
}) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'manageAttendees');
  const db = await getDb();
  const r = await registrationDetail(db, id);
  if (!r) notFound();
  await requireTarget(locale, organizer, { event: r.eventId });
  const [event, audit, eventVisits] = await Promise.all([
    adminEvent(db, r.eventId, locale), loadAudit(db, { entityType: 'registration', entityId: id }),
    visitTitles(db, r.eventId),
  ]);
  const t = await getTranslations({ locale, namespace: 'Admin.registration' });
  const s = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const a = await getTranslations({ locale, namespace: 'Admin.attendees' });
  const d = await getTranslations({ locale, namespace: 'RegistrationForm.delegationTypes' });
  const f = await getTranslations({ locale, namespace: 'RegistrationForm.fields' });
  const kinds = await getTranslations({ locale, namespace: 'Admin.emails.kinds' });
  const here = `/${locale}/admin/registrations/${id}`;
  const when = (date: Date | null) => (date ? formatStamp(date, locale) : '—');
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const label = await auditLabels(locale);
  const c = await getTranslations({ locale, namespace: 'Confirm' });
  const { result } = await searchParams;
  return (
    <section>
      <p><Link href={`/admin/events/${r.eventId}`}>← {event?.title}</Link></p>
      <h1><span lang={htmlLang[r.locale]}>{fullName(r)}</span>{hasDistinctPassportName(r) && <span className="muted" lang="en"> · {passportName(r)}</span>}</h1>
      {result && <p role="status" className="banner banner-info">{a(`results.${decisionResult(result)}`)}</p>}
      <p><span className={`status-pill status-${r.status}`}>{s(r.status)}</span> · {p('labelled', { label: t('reference'), value: r.reference })}</p>
      <div className="actions">
        {decisionsFrom(r.status).map((decision) => (
          <form key={decision} method="post" action="/api/admin/decide" className="inline-form">
            <input type="hidden" name="id" value={r.id} /><input type="hidden" name="decision" value={decision} />
            <input type="hidden" name="returnTo" value={here} />
            {decision === 'reject' || decision === 'cancel'
              // Final for the delegate, who is told by e-mail: asks once (U3).
              ? <ConfirmDialog label={t(`decisions.${decision}`)} className="button secondary" title={c(decision === 'reject' ? 'rejectTitle' : 'cancelRegTitle')}
                body={c(decision === 'reject' ? 'rejectBody' : 'cancelRegBody', { name: fullName(r) })}
                confirmLabel={c(decision === 'reject' ? 'rejectYes' : 'cancelRegYes')} cancelLabel={c('back')} />
              : <button type="submit" className={`button${decision === 'approve' || decision === 'promote' ? '' : ' secondary'}`}>{t(`decisions.${decision}`)}</button>}
          </form>
        ))}
      </div>
      <dl className="facts panel">
        <dt>{f('organization')}</dt><dd lang={htmlLang[r.locale]}>{r.position ? p('list', { first: r.organization, second: r.position }) : r.organization}</dd>
        <dt>{f('country')}</dt><dd>{countryName(r.country, locale)}</dd>
        <dt>{f('email')}</dt><dd>{r.email}</dd>
        <dt>{f('phone')}</dt><dd>{r.phone}</dd>
        <dt>{f('delegationType')}</dt><dd>{d(r.delegationType)}</dd>
        <dt>{f('dietaryNeeds')}</dt><dd>{r.dietaryNeeds ?? '—'}</dd>
        <dt>{f('accessNeeds')}</dt><dd>{r.accessNeeds ?? '—'}</dd>
        <dt>{t('language')}</dt><dd>{new Intl.DisplayNames(htmlLang[locale], { type: 'language' }).of(r.locale)}</dd>
        <dt>{t('registeredAt')}</dt><dd>{when(r.createdAt)}</dd>
        <dt>{t('consent')}</dt><dd>{t('consentWhen', { when: when(r.consentAt), version: r.consentVersion ?? '—' })}</dd>
        <dt>{t('checkedIn')}</dt><dd>{when(r.checkedInAt)}</dd>
        <dt>{t('visits')}</dt>
        <dd>{r.visits.length === 0 ? '—' : <ul className="plain">{r.visits.map((v) => <li key={v.visitId}>{pickText(v.title, locale, event?.sourceLocale ?? 'zh')?.text} · {t('visitSeat', { status: visitSeatShown(r.status, v.status) })}</li>)}</ul>}</dd>
      </dl>
      <DelegateExtras registrationId={r.id} locale={locale} />
      {isActive(r.status) && (
        <details className="panel">
          <summary>{t('edit')}</summary>
          <form method="post" action="/api/admin/registration-edit" className="registration-form">
            <input type="hidden" name="id" value={r.id} /><input type="hidden" name="returnTo" value={here} />
            <div className="field-row">
              <div className="field"><label htmlFor="e-org">{f('organization')}</label><input id="e-org" name="organization" defaultValue={r.organization} required maxLength={200} /></div>
              <div className="field"><label htmlFor="e-pos">{f('position')}</label><input id="e-pos" name="position" defaultValue={r.position ?? ''} maxLength={200} /></div>
            </div>
            <div className="field-row">
              <div className="field"><label htmlFor="e-email">{f('email')}</label><input id="e-email" name="email" type="email" defaultValue={r.email} required /></div>
              <div className="field"><label htmlFor="e-phone">{f('phone')}</label><input id="e-phone" name="phone" type="tel" defaultValue={r.phone} required /></div>
            </div>
            <div className="field-row">
              <div className="field"><label htmlFor="e-diet">{f('dietaryNeeds')}</label><textarea id="e-diet" name="dietaryNeeds" defaultValue={r.dietaryNeeds ?? ''} maxLength={500} /></div>
              <div className="field"><label htmlFor="e-access">{f('accessNeeds')}</label><textarea id="e-access" name="accessNeeds" defaultValue={r.accessNeeds ?? ''} maxLength={500} /></div>
            </div>
            {eventVisits.length > 0 && (
              <fieldset className="choices"><legend>{t('visits')}</legend>
                {eventVisits.map((v) => (
                  <label key={v.id} className="choice"><input type="checkbox" name="visitIds" value={v.id} defaultChecked={r.visits.some((x) => x.visitId === v.id)} /><span>{pickText(v.title, locale, event?.sourceLocale ?? 'zh')?.text}</span></label>
                ))}
              </fieldset>
            )}
            <button type="submit" className="button">{t('save')}</button>
          </form>
        </details>
      )}
      {r.visaRequested && (
        <section className="panel" aria-labelledby="visa-heading">
          <h2 id="visa-heading">{f('visaRequested')}</h2>
          {allows(organizer, 'revealPassport') && r.hasVisaData
            ? <RevealPassport id={r.id} labels={{ reveal: t('reveal'), passportNumber: f('passportNumber'), nationality: f('nationality'), dateOfBirth: f('dateOfBirth'), failed: t('revealFailed'), logged: t('revealLogged') }} />
            : <p className="muted">{t(roleAllows(organizer.role, 'revealPassport') && organizer.needsSecondFactor ? 'needsSecondFactor' : 'adminsOnly')}</p>}
        </section>
      )}
      <h2>{t('emails')}</h2>
      <div className="table-wrap"><table>
        <thead><tr><th scope="col">{t('emailKind')}</th><th scope="col">{t('emailStatus')}</th><th scope="col">{t('emailDate')}</th><th scope="col"><span className="sr-only">{t('resend')}</span></th></tr></thead>
        <tbody>{r.emails.map((e) => (
          <tr key={e.id}>
            <td><Link href={`/admin/emails/${e.id}`}>{kinds.has(e.kind as 'approved') ? kinds(e.kind as 'approved') : e.kind}</Link></td>
            <td>{t(`emailStatuses.${e.status}`)}{e.lastError && <><br /><span className="muted">{e.lastError}</span></>}</td>
            <td>{when(e.sentAt ?? e.createdAt)}</td>
            <td><form method="post" action="/api/admin/resend" className="inline-form"><input type="hidden" name="emailId" value={e.id} /><input type="hidden" name="returnTo" value={here} /><button type="submit" className="button secondary small">{t('resend')}</button></form></td>
          </tr>
        ))}</tbody>
      </table></div>
      <h2>{t('audit')}</h2>
      <ul>{audit.map((entry) => (
        <li key={entry.id}>{when(entry.createdAt)} · {entry.actor ?? label.system} · {label.action(entry.action)}
          {label.changes(entry).map((line) => <span key={line} className="audit-change">{line}</span>)}</li>
      ))}</ul>
    </section>
  );
}
