import { getTranslations } from 'next-intl/server';
import type { attendeeCounts } from '@/db/queries/attendees';
import type { Locale } from '@/i18n/locales';
import { BarChartCard } from './charts';
import { formatDayMonth } from '@/lib/format';

type Counts = Awaited<ReturnType<typeof attendeeCounts>>;

/** The event at a glance: seats, statuses, registrations over time, countries, delegation types, visits. */
export async function EventDashboard({
  locale,
  counts,
  capacity,
  visits,
  countryName,
}: {
  locale: Locale;
  counts: Counts;
  capacity: number | null;
  visits: { id: string; title: string }[];
  countryName: (c: string) => string;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin.dashboard' });
  const d = await getTranslations({ locale, namespace: 'RegistrationForm.delegationTypes' });
  const of = (status: string) => counts.byStatus.find((x) => x.key === status)?.n ?? 0;
  const held = of('confirmed') + of('pending');
  return (
    <section aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading">{t('title')}</h2>
      <div className="stat-grid">
        <div className="stat">
          <strong>{capacity === null ? held : `${held} / ${capacity}`}</strong>
          {t('seats')}
        </div>
        {(['confirmed', 'pending', 'waitlisted', 'cancelled', 'rejected'] as const).map((k) => (
          <div className="stat" key={k}>
            <strong>{of(k)}</strong>
            {t(`tiles.${k}`)}
          </div>
        ))}
        <div className="stat">
          <strong>{counts.checkedIn}</strong>
          {t('checkedIn')}
        </div>
      </div>
      {counts.perVisit.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption>{t('visitSeats')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('visit')}</th>
                <th scope="col" className="num">
                  {t('taken')}
                </th>
                <th scope="col" className="num">
                  {t('left')}
                </th>
                <th scope="col" className="num">
                  {t('waiting')}
                </th>
              </tr>
            </thead>
            <tbody>
              {counts.perVisit.map((v) => (
                <tr key={v.id}>
                  <td>{visits.find((x) => x.id === v.id)?.title}</td>
                  <td className="num">
                    {v.confirmed}
                    {v.capacity !== null && ` / ${v.capacity}`}
                  </td>
                  <td className="num">{v.capacity === null ? '∞' : Math.max(0, v.capacity - v.confirmed)}</td>
                  <td className="num">{v.waitlisted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="chart-grid">
        <BarChartCard
          title={t('overTime')}
          valueLabel={t('registrations')}
          rows={counts.perDay.map((p) => ({ label: formatDayMonth(p.day, locale), value: p.n }))}
        />
        <BarChartCard
          title={t('byCountry')}
          valueLabel={t('registrations')}
          rows={counts.byCountry.slice(0, 10).map((c) => ({ label: countryName(c.key), value: c.n }))}
        />
        <BarChartCard title={t('byType')} valueLabel={t('registrations')} rows={counts.byType.map((c) => ({ label: d(c.key), value: c.n }))} />
      </div>
    </section>
  );
}
