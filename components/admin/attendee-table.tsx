import { getTranslations } from 'next-intl/server';
import type { listAttendees } from '@/db/queries/attendees';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { fullName, hasDistinctPassportName, passportName } from '@/lib/names';

type Rows = Awaited<ReturnType<typeof listAttendees>>['rows'];

/** The attendee list; pending rows can be selected for bulk approval (the surrounding form posts them). */
export async function AttendeeTable({ rows, locale, countryName }: { rows: Rows; locale: Locale; countryName: (code: string) => string }) {
  const t = await getTranslations({ locale, namespace: 'Admin.attendees' });
  const s = await getTranslations({ locale, namespace: 'Admin.statuses' });
  const g = await getTranslations({ locale, namespace: 'AdminDelegations' });
  return (
    <div className="table-wrap">
      <table>
        <caption className="sr-only">{t('title')}</caption>
        <thead>
          <tr>
            <th scope="col">
              <span className="sr-only">{t('select')}</span>
            </th>
            <th scope="col">{t('reference')}</th>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('organization')}</th>
            <th scope="col">{g('column')}</th>
            <th scope="col">{t('country')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('checkedIn')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>{r.status === 'pending' && <input type="checkbox" name="ids" value={r.id} aria-label={t('selectOne', { name: fullName(r) })} />}</td>
              <td>
                <Link href={`/admin/registrations/${r.id}`}>{r.reference}</Link>
              </td>
              <td>
                <span lang={htmlLang[r.locale]}>{fullName(r)}</span>
                {hasDistinctPassportName(r) && (
                  <>
                    <br />
                    <span className="muted" lang="en">
                      {passportName(r)}
                    </span>
                  </>
                )}
              </td>
              <td lang={htmlLang[r.locale]}>{r.organization}</td>
              <td>{r.delegationName ?? ''}</td>
              <td>{countryName(r.country)}</td>
              <td>
                <span className={`status-pill status-${r.status}`}>{s(r.status)}</span>
              </td>
              <td>{r.checkedInAt ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
