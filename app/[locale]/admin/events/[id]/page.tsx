import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AttendeeFilters } from '@/components/admin/attendee-filters';
import { AttendeeTable } from '@/components/admin/attendee-table';
import { BatchProgress } from '@/components/admin/batch-progress';
import { EventDashboard } from '@/components/admin/event-dashboard';
import { QuestionCharts } from '@/components/questions/question-charts';
import { answerFilterOptions } from '@/components/questions/answer-filter';
import { allQuestions, answerCounts } from '@/db/queries/questions';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { attendeeCounts, listAttendees } from '@/db/queries/attendees';
import { batchProgress } from '@/db/queries/outbox';
import { delegationNames } from '@/db/queries/admin-delegations';
import { itineraryRecipients } from '@/db/queries/itineraries';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ResultBanner } from '@/components/ui/result-banner';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { allows } from '@/lib/permissions';
import { adminPage, requireTarget } from '@/server/auth/session';
import { pickText } from '@/lib/localized';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { isUuid } from '@/lib/ids';
import { countryName as countryOfCode } from '@/lib/countries';

export const dynamic = 'force-dynamic';

/** What approving the ticked registrations comes back with (bulk-approve), and whether it is a refusal. */
const RESULTS = { ok: false, partial: true, 'not-allowed': true, invalid: true } as const;

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function AdminEventPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'manageAttendees');
  await requireTarget(locale, organizer, { event: id });
  const db = await getDb();
  const event = await adminEvent(db, id, locale);
  if (!event) notFound();
  const query = await searchParams;
  const filter = attendeeFilterSchema.parse(query);
  const [list, counts, batch, delegations, recipients, questions, answerTotals] = await Promise.all([
    listAttendees(db, id, filter),
    attendeeCounts(db, id),
    query.batch && isUuid(query.batch) ? batchProgress(db, query.batch) : null,
    delegationNames(db, id),
    itineraryRecipients(db, id),
    allQuestions(db, id),
    answerCounts(db, id),
  ]);
  const g = await getTranslations({ locale, namespace: 'AdminDelegations' });
  const c = await getTranslations({ locale, namespace: 'Confirm' });
  const qt = await getTranslations({ locale, namespace: 'Questions' });
  const t = await getTranslations({ locale, namespace: 'Admin.attendees' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const editorLink = await getTranslations({ locale, namespace: 'Admin.events' });
  const codesLink = await getTranslations({ locale, namespace: 'AccessCodes' });
  const messages = await getTranslations({ locale, namespace: 'Announcements.links' });
  const countryName = (code: string) => countryOfCode(code, locale);
  const visits = counts.perVisit.map((v) => ({ id: v.id, title: pickText(v.title, locale, event.sourceLocale)?.text ?? '' }));
  const here = `/${locale}/admin/events/${id}`;
  const result = query.result && Object.hasOwn(RESULTS, query.result) ? (query.result as keyof typeof RESULTS) : undefined;
  const pending = list.rows.filter((r) => r.status === 'pending').length;
  // Where delegations are, the dialog says who reads what: members with an address their own, the head a roll-up (#15).
  const withDelegations = (text: string, count: number) =>
    delegations.length > 0 && count > 0 ? p('sentences', { first: text, second: c('itinerariesDelegations') }) : text;
  const exportQuery = new URLSearchParams(
    Object.entries(filter)
      .filter(([k, v]) => v !== undefined && k !== 'page')
      .map(([k, v]) => [k, String(v)]),
  );
  return (
    <section>
      <p>
        <Link href="/admin">← {t('back')}</Link>
      </p>
      <h1 lang={event.titleLang !== locale ? htmlLang[event.titleLang] : undefined}>{event.title}</h1>
      <p className="actions">
        <Link href={`/events/${event.slug}`}>{t('publicPage')}</Link>
        <Link href={`/admin/check-in?event=${id}`}>{t('checkIn')}</Link>
        <Link href={`/admin/events/${id}/delegations`}>{g('link', { count: delegations.length })}</Link>
        {allows(organizer, 'editEvents') && event.inviteOnly && <Link href={`/admin/events/${id}/access-codes`}>{codesLink('title')}</Link>}
        {allows(organizer, 'sendEmail') && <Link href={`/admin/events/${id}/announcements`}>{messages('announcements')}</Link>}
        {allows(organizer, 'sendEmail') && <Link href={`/admin/events/${id}/reminders`}>{messages('reminders')}</Link>}
        <Link href={`/admin/events/${id}/arrivals`}>{qt('arrivalsLink')}</Link>
        {allows(organizer, 'editEvents') && (
          <Link href={`/admin/events/${id}/edit`} className="button secondary">
            {editorLink('edit')}
          </Link>
        )}
      </p>
      {result && <ResultBanner text={t(`results.${result}`, { approved: Number(query.approved) || 0, of: Number(query.of) || 0 })} refused={RESULTS[result]} />}
      {batch && <BatchProgress done={batch.queued === 0} text={t('batch', { sent: batch.sent, total: batch.total, failed: batch.failed })} />}
      <EventDashboard locale={locale} counts={counts} capacity={event.capacity} visits={visits} countryName={countryName} />
      <QuestionCharts locale={locale} source={event.sourceLocale} questions={questions} counts={answerTotals} />

      <h2>{t('bulkTitle')}</h2>
      <form method="post" action="/api/admin/itineraries" className="toolbar">
        <input type="hidden" name="eventId" value={id} />
        <input type="hidden" name="returnTo" value={here} />
        <label className="field">
          <span>{t('itineraryFor')}</span>
          <select name="visitId" defaultValue="">
            <option value="">{t('allVisits')}</option>
            {visits.map((v) => (
              <option key={v.id} value={v.id}>
                {v.title}
              </option>
            ))}
          </select>
        </label>
        {/* Asks once, naming how many delegates the chosen scope reaches (U5). */}
        <ConfirmDialog
          label={t('sendItineraries')}
          className="button"
          title={c('itinerariesTitle')}
          pick={{ field: 'visitId' }}
          body={{
            '': withDelegations(c('itinerariesAll', { count: recipients.all }), recipients.all),
            ...Object.fromEntries(
              visits.map((v) => [
                v.id,
                withDelegations(c('itinerariesVisit', { count: recipients.byVisit[v.id] ?? 0, visit: v.title }), recipients.byVisit[v.id] ?? 0),
              ]),
            ),
          }}
          nothingFor={['', ...visits.map((v) => v.id)].filter((k) => (k === '' ? recipients.all : (recipients.byVisit[k] ?? 0)) === 0)}
          confirmLabel={c('itinerariesYes')}
          cancelLabel={c('back')}
        />
      </form>

      <h2 id="list">{p('parenthetical', { text: t('title'), note: String(list.total) })}</h2>
      <AttendeeFilters
        locale={locale}
        filter={filter}
        visits={visits}
        countries={counts.byCountry.map((c) => ({ code: c.key, name: countryName(c.key) }))}
        delegations={delegations.map((d) => ({ id: d.id, name: d.name }))}
        answers={answerFilterOptions(questions, locale, event.sourceLocale, qt('yes'), qt('no'), (label, value) => p('labelled', { label, value }))}
      />
      <p className="actions">
        {/* The file comes as an attachment, so the page stays; a refusal (session ended, event no longer assigned) opens the page that says why. */}
        <a href={`/api/admin/export?${new URLSearchParams({ event: id, format: 'csv', lang: locale, returnTo: here })}&${exportQuery}`}>{t('exportCsv')}</a>
        <a href={`/api/admin/export?${new URLSearchParams({ event: id, format: 'xlsx', lang: locale, returnTo: here })}&${exportQuery}`}>{t('exportXlsx')}</a>
        {allows(organizer, 'exportPassport') && (
          // Passport data only by a form post from this page (origin-checked), never by a link another site could open.
          <form method="post" action="/api/admin/export" className="inline-form">
            {[...new URLSearchParams({ event: id, format: 'xlsx', passport: '1', lang: locale, returnTo: here }), ...exportQuery].map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <button type="submit" className="link-button">
              {t('exportPassport')}
            </button>
          </form>
        )}
      </p>
      <form method="post" action="/api/admin/bulk-approve">
        <input type="hidden" name="returnTo" value={here} />
        <AttendeeTable rows={list.rows} locale={locale} countryName={countryName} />
        {/* Only where there is something to select (U11), and it asks once, with the number ticked (U5). */}
        {pending > 0 && (
          <p>
            <ConfirmDialog
              label={t('approveSelected')}
              className="button"
              title={c('approveTitle')}
              pick={{ checked: 'ids' }}
              body={Object.fromEntries(Array.from({ length: pending + 1 }, (_, n) => [String(n), n === 0 ? c('approveNone') : c('approveBody', { count: n })]))}
              nothingFor={['0']}
              confirmLabel={c('approveYes')}
              cancelLabel={c('back')}
            />
          </p>
        )}
      </form>
      <nav aria-label={t('pages')} className="pagination">
        {filter.page > 1 && (
          <Link href={`/admin/events/${id}?${new URLSearchParams({ ...Object.fromEntries(exportQuery), page: String(filter.page - 1) })}`}>
            {t('previous')}
          </Link>
        )}
        <span>{t('pageOf', { page: filter.page, pages: list.pages })}</span>
        {filter.page < list.pages && (
          <Link href={`/admin/events/${id}?${new URLSearchParams({ ...Object.fromEntries(exportQuery), page: String(filter.page + 1) })}`}>{t('next')}</Link>
        )}
      </nav>
    </section>
  );
}
