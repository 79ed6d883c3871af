import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { adminEventList } from '@/db/queries/admin-events';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { allows, eventScope } from '@/lib/permissions';
import { adminPage } from '@/server/auth/session';
import { formatDateRange } from '@/lib/format';

export const dynamic = 'force-dynamic';

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, organizer } = await adminPage(params, 'viewEvents');
  const t = await getTranslations({ locale, namespace: 'Admin.events' });
  const editor = await getTranslations({ locale, namespace: 'EventEditor' });
  const canEdit = allows(organizer, 'editEvents');
  const scope = eventScope(organizer);
  const events = (await adminEventList(await getDb(), locale)).filter((e) => scope === null || scope.includes(e.id));
  return (
    <section>
      <h1>{t('title')}</h1>
      {canEdit && (
        <p>
          <Link href="/admin/events/new" className="button">
            {editor('titleNew')}
          </Link>
        </p>
      )}
      <div className="table-wrap">
        <table>
          <caption className="sr-only">{t('title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('event')}</th>
              <th scope="col">{t('dates')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col" className="num">
                {t('confirmed')}
              </th>
              <th scope="col" className="num">
                {t('pending')}
              </th>
              <th scope="col" className="num">
                {t('waitlisted')}
              </th>
              <th scope="col" className="num">
                {t('capacity')}
              </th>
              <th scope="col">{t('languages')}</th>
              {canEdit && (
                <th scope="col">
                  <span className="sr-only">{t('edit')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <Link href={`/admin/events/${e.id}`} lang={e.titleLang !== locale ? htmlLang[e.titleLang] : undefined}>
                    {e.title}
                  </Link>
                </td>
                <td className="nowrap">{formatDateRange(e.startsAt, e.endsAt, e.timeZone, locale)}</td>
                <td>{t(`statuses.${e.status}`)}</td>
                <td className="num">{e.counts.confirmed}</td>
                <td className="num">{e.counts.pending}</td>
                <td className="num">{e.counts.waitlisted}</td>
                <td className="num">{e.capacity ?? '∞'}</td>
                <td>{e.locales.length}/5</td>
                {canEdit && (
                  <td className="action">
                    <Link href={`/admin/events/${e.id}/edit`} aria-label={t('editTitle', { title: e.title })}>
                      {t('edit')}
                    </Link>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
