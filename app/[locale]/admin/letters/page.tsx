import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { eventsWithLetters, listLetters } from '@/db/queries/letters-read';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { countryName, countryOptions } from '@/lib/countries';
import { LETTER_STATUSES } from '@/lib/domain';
import { formatStamp } from '@/lib/format';
import { isUuid } from '@/lib/ids';
import { fullName } from '@/lib/names';
import { allows, eventScope } from '@/lib/permissions';
import { adminPage } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

type Search = { event?: string; country?: string; status?: string };

/** The organizers' queue of visa letters, filtered by event, country and status; no passport data on it. */
export default async function LettersPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<Search> }) {
  const { locale, organizer } = await adminPage(params, 'manageAttendees');
  const search = await searchParams;
  const filter = {
    eventId: search.event && isUuid(search.event) ? search.event : undefined,
    country: search.country && /^[A-Z]{2}$/.test(search.country) ? search.country : undefined,
    status: LETTER_STATUSES.find((s) => s === search.status),
    // A co-host's queue holds its own events' letters only.
    scope: eventScope(organizer),
  };
  const db = await getDb();
  const [rows, eventList] = await Promise.all([listLetters(db, filter, locale), eventsWithLetters(db, locale, filter.scope)]);
  const t = await getTranslations({ locale, namespace: 'VisaLetter.admin' });
  return (
    <section>
      <h1>{t('title')}</h1>
      {allows(organizer, 'manageAccounts') && (
        <p>
          <Link href="/admin/letters/settings">{t('settings.title')}</Link>
        </p>
      )}
      <form method="get" className="filters" aria-label={t('filters.apply')}>
        <label>
          {t('filters.event')}{' '}
          <select name="event" defaultValue={filter.eventId ?? ''}>
            <option value="">{t('filters.all')}</option>
            {eventList.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.country')}{' '}
          <select name="country" defaultValue={filter.country ?? ''}>
            <option value="">{t('filters.all')}</option>
            {countryOptions(locale).map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filters.status')}{' '}
          <select name="status" defaultValue={filter.status ?? ''}>
            <option value="">{t('filters.all')}</option>
            {LETTER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button secondary">
          {t('filters.apply')}
        </button>
      </form>
      {rows.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('columns.delegate')}</th>
                <th scope="col">{t('columns.event')}</th>
                <th scope="col">{t('columns.country')}</th>
                <th scope="col">{t('columns.status')}</th>
                <th scope="col">{t('columns.reference')}</th>
                <th scope="col">{t('columns.requested')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link href={`/admin/letters/${r.id}`}>
                      <span lang={htmlLang[r.delegateLocale]}>{fullName(r)}</span>
                    </Link>{' '}
                    <span className="muted" lang="en">
                      {r.latinFamilyName} {r.latinGivenName}
                    </span>
                  </td>
                  <td>{r.eventTitle}</td>
                  <td>{countryName(r.country, locale)}</td>
                  <td>
                    <span className={`status-pill letter-${r.status}`}>{t(`statuses.${r.status}`)}</span>
                  </td>
                  <td>{r.reference}</td>
                  <td>{formatStamp(r.requestedAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
