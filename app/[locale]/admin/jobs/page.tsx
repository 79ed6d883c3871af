import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { listJobs } from '@/db/queries/jobs';
import { formatStamp } from '@/lib/format';
import { adminPage } from '@/server/auth/session';
import { jobsNow } from '@/server/jobs/clock';
import { JOB_NAMES } from '@/server/jobs/registry';

export const dynamic = 'force-dynamic';

/** The scheduled jobs: what each did last and when it runs next (#16, #14 §6.9). */
export default async function JobsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await adminPage(params, 'viewEmailLog');
  const db = await getDb();
  const [rows, now] = await Promise.all([listJobs(db), jobsNow(db)]);
  const t = await getTranslations({ locale, namespace: 'Jobs' });
  const when = (d: Date | null) => (d ? formatStamp(d, locale) : '—');
  return (
    <section>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      {rows.length === 0 && <p className="banner banner-info">{t('notStarted')}</p>}
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('job')}</th>
              <th scope="col">{t('lastRun')}</th>
              <th scope="col">{t('lastResult')}</th>
              <th scope="col">{t('nextRun')}</th>
            </tr>
          </thead>
          <tbody>
            {JOB_NAMES.map((name) => {
              const row = rows.find((r) => r.name === name);
              return (
                <tr key={name}>
                  <th scope="row">{t(`names.${name}` as 'names.reminders')}</th>
                  <td>{when(row?.lastFinishedAt ?? null)}</td>
                  <td>
                    {!row?.lastResult
                      ? '—'
                      : row.lastResult === 'failed'
                        ? t('failed')
                        : t(`results.${name}` as 'results.reminders', { count: Number(row.lastResult) || 0 })}
                  </td>
                  <td>{row ? (row.nextRunAt <= now ? t('due') : formatStamp(row.nextRunAt, locale)) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
