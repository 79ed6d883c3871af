import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PrintBoard } from '@/components/arrivals/print-board';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { formSettings } from '@/db/queries/questions';
import { arrivalRows } from '@/db/queries/travel';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { changedSincePrint, groupArrivals } from '@/lib/arrival-groups';
import { formatStamp } from '@/lib/format';
import { fullName, hasDistinctPassportName, passportName } from '@/lib/names';
import { travelDay } from '@/lib/travel-text';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }> };

/** Who arrives when (#16): by day, then flight or train, with pickups and room nights; printable and exportable. */
export default async function ArrivalsPage({ params }: Props) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'manageAttendees');
  await requireTarget(locale, organizer, { event: id });
  const db = await getDb();
  const event = await adminEvent(db, id, locale);
  if (!event) notFound();
  const [rows, settings] = await Promise.all([arrivalRows(db, id), formSettings(db, id)]);
  const t = await getTranslations({ locale, namespace: 'Arrivals' });
  const tr = await getTranslations({ locale, namespace: 'Travel' });
  const days = groupArrivals(rows.map((r) => ({ ...r.travel, id: r.id, person: r })));
  const printed = settings.arrivalsPrintedAt;
  return (
    <section className="arrivals-board">
      <p className="no-print">
        <Link href={`/admin/events/${id}`}>← {event.title}</Link>
      </p>
      <h1>
        {t('title')} · <span lang={event.titleLang !== locale ? htmlLang[event.titleLang] : undefined}>{event.title}</span>
      </h1>
      {!settings.asksTravel && <p className="banner banner-info no-print">{t('notAsked')}</p>}
      <p>{printed ? t('printedAt', { when: formatStamp(printed, locale) }) : t('neverPrinted')}</p>
      <p className="actions no-print">
        <PrintBoard eventId={id} label={t('print')} />
        <a href={`/api/admin/arrivals?event=${id}&lang=${locale}`} download>
          {t('exportCsv')}
        </a>
        <a href={`/api/admin/badges?event=${id}&lang=${locale}&layout=a4x8`}>{t('badgesAll')}</a>
      </p>
      {days.length === 0 && <p className="muted">{t('empty')}</p>}
      {days.map((day) => (
        <section key={day.day} aria-labelledby={`day-${day.day}`}>
          <h2 id={`day-${day.day}`}>{travelDay(day.day, locale, true)}</h2>
          <p>
            {t('dayTotals', { people: day.people, pickups: day.pickups, single: day.roomNights.single, shared: day.roomNights.shared })}{' '}
            <a className="no-print" href={`/api/admin/badges?event=${id}&lang=${locale}&layout=a4x8&arrival=${day.day}`}>
              {t('badgesDay')}
            </a>
          </p>
          {day.groups.map((g) => (
            <div className="table-wrap" key={`${g.carrier ?? g.rows[0]!.id}`}>
              <table>
                <caption>
                  {g.carrier
                    ? t('group', { carrier: g.carrier, time: g.time ?? '—', place: g.place ?? '—', count: g.rows.length, pickups: g.pickups })
                    : t('groupNoCarrier', { count: g.rows.length })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('time')}</th>
                    <th scope="col">{t('name')}</th>
                    <th scope="col">{t('organization')}</th>
                    <th scope="col">{t('phone')}</th>
                    <th scope="col">{tr('fields.pickup')}</th>
                    <th scope="col">{tr('fields.room')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((r) => (
                    <tr key={r.id} className={changedSincePrint(r, printed) ? 'changed' : undefined}>
                      <td>{r.arrivalTime ?? '—'}</td>
                      <td>
                        <Link href={`/admin/registrations/${r.id}`} lang={htmlLang[r.person.locale]}>
                          {fullName(r.person)}
                        </Link>
                        {hasDistinctPassportName(r.person) && (
                          <span className="muted" lang="en">
                            {' '}
                            · {passportName(r.person)}
                          </span>
                        )}
                        {changedSincePrint(r, printed) && <strong className="badge badge-soon"> {t('changed')}</strong>}
                      </td>
                      <td>{r.person.organization}</td>
                      <td>{r.person.phone}</td>
                      <td>{r.pickup ? tr('pickupYes') : '—'}</td>
                      <td>{r.room === 'none' ? '—' : tr('roomNights', { room: tr(`rooms.${r.room as 'single'}`), nights: r.nights })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
        </section>
      ))}
    </section>
  );
}
