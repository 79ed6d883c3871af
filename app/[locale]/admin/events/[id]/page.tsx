import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { AttendeeFilters } from '@/components/admin/attendee-filters';
import { AttendeeTable } from '@/components/admin/attendee-table';
import { BatchProgress } from '@/components/admin/batch-progress';
import { EventDashboard } from '@/components/admin/event-dashboard';
import { QuestionCharts } from '@/components/questions/question-charts';
import { answerFilterOptions } from '@/components/questions/answer-filter';
import { allQuestions, answerCounts } from '@/db/queries/questions';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { attendeeCounts, attendeeFilterSchema, listAttendees } from '@/db/queries/attendees';
import { batchProgress } from '@/db/queries/outbox';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/navigation';
import { htmlLang } from '@/i18n/routing';
import { allows } from '@/lib/permissions';
import { requirePage } from '@/server/auth/session';
import { pickText } from '@/lib/localized';
import { isUuid } from '@/lib/ids';
import { countryName as countryOfCode } from '@/lib/countries';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function AdminEventPage({ params, searchParams }: Props) {
  const { locale: raw, id } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const organizer = await requirePage(locale, 'manageAttendees');
  const db = await getDb();
  const event = await adminEvent(db, id, locale);
  if (!event) notFound();
  const query = await searchParams;
  const filter = attendeeFilterSchema.parse(query);
  const [list, counts, batch, questions, answerTotals] = await Promise.all([
    listAttendees(db, id, filter), attendeeCounts(db, id),
    query.batch && isUuid(query.batch) ? batchProgress(db, query.batch) : null,
    allQuestions(db, id), answerCounts(db, id),
  ]);
  const qt = await getTranslations({ locale, namespace: 'Questions' });
  const t = await getTranslations({ locale, namespace: 'Admin.attendees' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const editorLink = await getTranslations({ locale, namespace: 'Admin.events' });
  const countryName = (code: string) => countryOfCode(code, locale);
  const visits = counts.perVisit.map((v) => ({ id: v.id, title: pickText(v.title, locale, event.sourceLocale)?.text ?? '' }));
  const here = `/${locale}/admin/events/${id}`;
  const exportQuery = new URLSearchParams(Object.entries(filter).filter(([k, v]) => v !== undefined && k !== 'page').map(([k, v]) => [k, String(v)]));
  return (
    <section>
      <p><Link href="/admin">← {t('back')}</Link></p>
      <h1 lang={event.titleLang !== locale ? htmlLang[event.titleLang] : undefined}>{event.title}</h1>
      <p className="actions">
        <Link href={`/events/${event.slug}`}>{t('publicPage')}</Link>
        <Link href={`/admin/check-in?event=${id}`}>{t('checkIn')}</Link>
        <Link href={`/admin/events/${id}/arrivals`}>{qt('arrivalsLink')}</Link>
        {allows(organizer, 'editEvents') && <Link href={`/admin/events/${id}/edit`} className="button secondary">{editorLink('edit')}</Link>}
      </p>
      {query.result && <p role="status" className="banner banner-info">{t(`results.${['ok', 'full', 'not-allowed', 'not-found', 'invalid'].includes(query.result) ? query.result : 'ok'}`)}</p>}
      {batch && <BatchProgress done={batch.queued === 0} text={t('batch', { sent: batch.sent, total: batch.total, failed: batch.failed })} />}
      <EventDashboard locale={locale} counts={counts} capacity={event.capacity} visits={visits} countryName={countryName} />
      <QuestionCharts locale={locale} source={event.sourceLocale} questions={questions} counts={answerTotals} />

      <h2>{t('bulkTitle')}</h2>
      <form method="post" action="/api/admin/itineraries" className="toolbar">
        <input type="hidden" name="eventId" value={id} />
        <input type="hidden" name="returnTo" value={here} />
        <label className="field"><span>{t('itineraryFor')}</span>
          <select name="visitId" defaultValue="">
            <option value="">{t('allVisits')}</option>
            {visits.map((v) => <option key={v.id} value={v.id}>{v.title}</option>)}
          </select>
        </label>
        <button type="submit" className="button">{t('sendItineraries')}</button>
      </form>

      <h2 id="list">{p('parenthetical', { text: t('title'), note: String(list.total) })}</h2>
      <AttendeeFilters locale={locale} filter={filter} visits={visits} countries={counts.byCountry.map((c) => ({ code: c.key, name: countryName(c.key) }))}
        answers={answerFilterOptions(questions, locale, event.sourceLocale, qt('yes'), qt('no'), (label, value) => p('labelled', { label, value }))} />
      <p className="actions">
        <a href={`/api/admin/export?event=${id}&format=csv&lang=${locale}&${exportQuery}`} download>{t('exportCsv')}</a>
        <a href={`/api/admin/export?event=${id}&format=xlsx&lang=${locale}&${exportQuery}`} download>{t('exportXlsx')}</a>
        {allows(organizer, 'exportPassport') && (
          // Passport data only by a form post from this page (origin-checked), never by a link another site could open.
          <form method="post" action="/api/admin/export" className="inline-form">
            {[...new URLSearchParams({ event: id, format: 'xlsx', passport: '1', lang: locale }), ...exportQuery].map(([name, value]) => (
              <input key={name} type="hidden" name={name} value={value} />
            ))}
            <button type="submit" className="link-button">{t('exportPassport')}</button>
          </form>
        )}
      </p>
      <form method="post" action="/api/admin/bulk-approve">
        <input type="hidden" name="returnTo" value={here} />
        <AttendeeTable rows={list.rows} locale={locale} countryName={countryName} />
        <p><button type="submit" className="button">{t('approveSelected')}</button></p>
      </form>
      <nav aria-label={t('pages')} className="pagination">
        {filter.page > 1 && <Link href={`/admin/events/${id}?${new URLSearchParams({ ...Object.fromEntries(exportQuery), page: String(filter.page - 1) })}`}>{t('previous')}</Link>}
        <span>{t('pageOf', { page: filter.page, pages: list.pages })}</span>
        {filter.page < list.pages && <Link href={`/admin/events/${id}?${new URLSearchParams({ ...Object.fromEntries(exportQuery), page: String(filter.page + 1) })}`}>{t('next')}</Link>}
      </nav>
    </section>
  );
}
