import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AnnouncementForm } from '@/components/announcements/announcement-form';
import { audienceValueName } from '@/components/announcements/audience-name';
import { announcementFormLabels } from '@/components/announcements/form-labels';
import { getDb } from '@/db/client';
import { delegationNames } from '@/db/queries/admin-delegations';
import { adminEvent } from '@/db/queries/admin-events';
import { listAnnouncements } from '@/db/queries/announcements';
import { attendeeCounts } from '@/db/queries/attendees';
import type { AudienceKind } from '@/lib/announcements';
import { ResultBanner } from '@/components/ui/result-banner';
import { Link } from '@/i18n/link';
import { countryName } from '@/lib/countries';
import { formatStamp } from '@/lib/format';
import { pickText } from '@/lib/localized';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ result?: string }> };

/** An event's announcements: what was sent, to whom, how far; and a new one. */
export default async function AnnouncementsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'sendEmail');
  await requireTarget(locale, organizer, { event: id });
  const db = await getDb();
  const event = await adminEvent(db, id, locale);
  if (!event) notFound();
  const [list, counts, delegations] = await Promise.all([listAnnouncements(db, id), attendeeCounts(db, id), delegationNames(db, id)]);
  const t = await getTranslations({ locale, namespace: 'Announcements' });
  const formLabels = await announcementFormLabels(locale);
  const { result } = await searchParams;
  const visits = counts.perVisit.map((v) => ({ id: v.id, title: pickText(v.title, locale, event.sourceLocale)?.text ?? '' }));
  const subjectOf = (a: (typeof list)[number]) => pickText(a.subject, locale, a.sourceLocale)?.text ?? '';
  return (
    <section>
      <p>
        <Link href={`/admin/events/${id}`}>← {event.title}</Link>
      </p>
      <h1>{t('title')}</h1>
      {/* A save refused: the draft was sent meanwhile, or the form (sent without script) did not pass the checks. */}
      {result === 'already-sent' && <ResultBanner text={t('alreadySent')} refused />}
      {result === 'invalid' && <ResultBanner text={t('invalid')} refused />}
      {list.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('subject')}</th>
                <th scope="col">{t('audience')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('date')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((a) => (
                <tr key={a.id}>
                  <td>
                    <Link href={`/admin/events/${id}/announcements/${a.id}`}>{subjectOf(a)}</Link>
                  </td>
                  <td>
                    {[
                      t(`audiences.${a.audienceKind as AudienceKind}`),
                      audienceValueName({ kind: a.audienceKind as AudienceKind, value: a.audienceValue }, { visits, delegations }, locale),
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </td>
                  <td>{a.progress ? t('progress', { sent: a.progress.sent, total: a.progress.total, failed: a.progress.failed }) : t('draft')}</td>
                  <td>{formatStamp(a.sentAt ?? a.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>{t('new')}</h2>
      <AnnouncementForm
        labels={formLabels}
        eventId={id}
        idempotencyKey={randomUUID()}
        returnTo={`/${locale}/admin/events/${id}/announcements`}
        visits={visits}
        delegations={delegations}
        countries={counts.byCountry.map((c) => ({ code: c.key, name: countryName(c.key, locale) }))}
      />
    </section>
  );
}
