import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AuditTrail } from '@/components/admin/registration/audit-trail';
import { EmailHistory } from '@/components/admin/registration/email-history';
import { RegistrationEditForm } from '@/components/admin/registration/registration-edit-form';
import { RegistrationFacts } from '@/components/admin/registration/registration-facts';
import { RevealPassport } from '@/components/admin/reveal-passport';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ResultBanner } from '@/components/ui/result-banner';
import { DelegateExtras } from '@/components/questions/delegate-extras';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { registrationDetail } from '@/db/queries/attendees';
import { loadAudit } from '@/db/queries/audit-log';
import { visitTitles } from '@/db/queries/events';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { decisionsFrom, isActive } from '@/lib/domain';
import { fullName, hasDistinctPassportName, passportName } from '@/lib/names';
import { allows, roleAllows } from '@/lib/permissions';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

/** What the page's forms come back with (decide, registration-edit, resend), and whether it is a refusal. */
const RESULTS = {
  ok: false,
  resent: false,
  full: true,
  'not-allowed': true,
  'not-found': true,
  invalid: true,
  'email-taken': true,
  notResent: true,
} as const;
type Result = keyof typeof RESULTS;

export default async function RegistrationAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ result?: string }>;
}) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'manageAttendees');
  const db = await getDb();
  const r = await registrationDetail(db, id);
  if (!r) notFound();
  await requireTarget(locale, organizer, { event: r.eventId });
  const [event, audit, eventVisits] = await Promise.all([
    adminEvent(db, r.eventId, locale),
    loadAudit(db, { entityType: 'registration', entityId: id }),
    visitTitles(db, r.eventId),
  ]);
  const t = await getTranslations({ locale, namespace: 'Admin.registration' });
  const statuses = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const attendees = await getTranslations({ locale, namespace: 'Admin.attendees' });
  const field = await getTranslations({ locale, namespace: 'RegistrationForm.fields' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const c = await getTranslations({ locale, namespace: 'Confirm' });
  const emails = await getTranslations({ locale, namespace: 'Admin.emails.results' });
  const here = `/${locale}/admin/registrations/${id}`;
  const source = event?.sourceLocale ?? 'zh';
  const asked = (await searchParams).result;
  const result = asked && Object.hasOwn(RESULTS, asked) ? (asked as Result) : undefined;
  const resultText = (r: Result) =>
    r === 'resent' || r === 'notResent' ? emails(r) : r === 'invalid' || r === 'email-taken' ? t(`results.${r}`) : attendees(`results.${r}`);
  return (
    <section>
      <p>
        <Link href={`/admin/events/${r.eventId}`}>← {event?.title}</Link>
      </p>
      <h1>
        <span lang={htmlLang[r.locale]}>{fullName(r)}</span>
        {hasDistinctPassportName(r) && (
          <span className="muted" lang="en">
            {' '}
            · {passportName(r)}
          </span>
        )}
      </h1>
      {result && <ResultBanner text={resultText(result)} refused={RESULTS[result]} />}
      <p>
        <span className={`status-pill status-${r.status}`}>{statuses(r.status)}</span> · {p('labelled', { label: t('reference'), value: r.reference })}
      </p>
      <div className="actions">
        {decisionsFrom(r.status).map((decision) => (
          <form key={decision} method="post" action="/api/admin/decide" className="inline-form">
            <input type="hidden" name="id" value={r.id} />
            <input type="hidden" name="decision" value={decision} />
            <input type="hidden" name="returnTo" value={here} />
            {decision === 'reject' || decision === 'cancel' ? (
              // Final for the delegate, who is told by e-mail: asks once (U3).
              <ConfirmDialog
                label={t(`decisions.${decision}`)}
                className="button secondary"
                title={c(decision === 'reject' ? 'rejectTitle' : 'cancelRegTitle')}
                body={c(decision === 'reject' ? 'rejectBody' : 'cancelRegBody', { name: fullName(r) })}
                confirmLabel={c(decision === 'reject' ? 'rejectYes' : 'cancelRegYes')}
                cancelLabel={c('back')}
              />
            ) : (
              <button type="submit" className={`button${decision === 'approve' || decision === 'promote' ? '' : ' secondary'}`}>
                {t(`decisions.${decision}`)}
              </button>
            )}
          </form>
        ))}
      </div>
      <RegistrationFacts registration={r} locale={locale} sourceLocale={source} />
      <DelegateExtras registrationId={r.id} locale={locale} />
      {isActive(r.status) && <RegistrationEditForm registration={r} locale={locale} sourceLocale={source} eventVisits={eventVisits} returnTo={here} />}
      {r.visaRequested && (
        <section className="panel" aria-labelledby="visa-heading">
          <h2 id="visa-heading">{field('visaRequested')}</h2>
          {allows(organizer, 'revealPassport') && r.hasVisaData ? (
            <RevealPassport
              id={r.id}
              labels={{
                reveal: t('reveal'),
                passportNumber: field('passportNumber'),
                nationality: field('nationality'),
                dateOfBirth: field('dateOfBirth'),
                failed: t('revealFailed'),
                logged: t('revealLogged'),
              }}
            />
          ) : (
            <p className="muted">{t(roleAllows(organizer.role, 'revealPassport') && organizer.needsSecondFactor ? 'needsSecondFactor' : 'adminsOnly')}</p>
          )}
        </section>
      )}
      <EmailHistory emails={r.emails} locale={locale} returnTo={here} />
      <AuditTrail entries={audit} locale={locale} />
    </section>
  );
}
