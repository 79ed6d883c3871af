import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { reminderOverview } from '@/db/queries/reminders';
import { ResultBanner } from '@/components/ui/result-banner';
import { Link } from '@/i18n/link';
import { formatDateTime, formatZone } from '@/lib/format';
import { pickText } from '@/lib/localized';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ result?: string }> };

/** An event's reminders: when each goes out, how many were queued, and the times the organizer chooses. */
export default async function RemindersPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'sendEmail');
  await requireTarget(locale, organizer, { event: id });
  const db = await getDb();
  const [event, overview] = await Promise.all([adminEvent(db, id, locale), reminderOverview(db, id)]);
  if (!event || !overview) notFound();
  const t = await getTranslations({ locale, namespace: 'Reminders' });
  const p = await getTranslations({ locale, namespace: 'Punctuation' });
  const { result } = await searchParams;
  const zone = overview.event.timeZone;
  const at = (d: Date) => p('list', { first: formatDateTime(d.toISOString(), zone, locale), second: formatZone(d.toISOString(), zone, locale) });
  const here = `/${locale}/admin/events/${id}/reminders`;
  return (
    <section>
      <p>
        <Link href={`/admin/events/${id}`}>← {event.title}</Link>
      </p>
      <h1>{t('title')}</h1>
      {(result === 'saved' || result === 'invalid') && <ResultBanner text={t(result)} refused={result === 'invalid'} />}
      <p>{t('intro')}</p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('which')}</th>
              <th scope="col">{t('sendAt')}</th>
              <th scope="col" className="num">
                {t('queued')}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.slots.map((s) => (
              <tr key={s.key}>
                <td>
                  {s.visit
                    ? t('visitEvening', { visit: pickText(s.visit.title, locale, overview.event.sourceLocale)?.text ?? '' })
                    : t('beforeStart', { hours: (s.until.getTime() - s.sendAt.getTime()) / 3600_000 })}
                </td>
                <td>{at(s.sendAt)}</td>
                <td className="num">{s.queued}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t('settings')}</h2>
      <form method="post" action="/api/admin/reminders">
        <input type="hidden" name="eventId" value={id} />
        <input type="hidden" name="returnTo" value={here} />
        <label className="field">
          <span>{t('hoursBefore')}</span>
          <input name="hoursBefore" defaultValue={overview.plan.hoursBefore.join(', ')} inputMode="numeric" aria-describedby="hours-hint" />
        </label>
        <p id="hours-hint" className="hint">
          {t('hoursHint')}
        </p>
        <label className="checkbox">
          <input type="checkbox" name="visitEvening" defaultChecked={overview.plan.visitEvening} /> {t('visitEveningOn')}
        </label>
        <label className="field">
          <span>{t('eveningHour')}</span>
          <input name="eveningHour" type="number" min={0} max={23} defaultValue={overview.plan.eveningHour} />
        </label>
        <p>
          <button type="submit" className="button">
            {t('save')}
          </button>
        </p>
      </form>
    </section>
  );
}
