import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DelegationCard } from '@/components/admin/delegation-card';
import { getDb } from '@/db/client';
import { listDelegations } from '@/db/queries/admin-delegations';
import { adminEvent } from '@/db/queries/admin-events';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { allows } from '@/lib/permissions';
import { adminPage, requireTarget } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ done?: string; count?: string }> };

/** An event's delegations as units: size and statuses, approval with exceptions, check-in of those present. */
export default async function AdminDelegationsPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { locale, organizer } = await adminPage(params, 'checkIn');
  await requireTarget(locale, organizer, { event: id });
  const db = await getDb();
  const event = await adminEvent(db, id, locale);
  if (!event) notFound();
  const list = await listDelegations(db, id);
  const t = await getTranslations({ locale, namespace: 'AdminDelegations' });
  const { done, count } = await searchParams;
  const mayManage = allows(organizer, 'manageAttendees');
  return (
    <section>
      {mayManage && (
        <p>
          <Link href={`/admin/events/${id}`}>← {t('back')}</Link>
        </p>
      )}
      <h1>{t('title')}</h1>
      <p className="lead" lang={event.titleLang !== locale ? htmlLang[event.titleLang] : undefined}>
        {event.title}
      </p>
      {(done === 'approved' || done === 'checkedIn') && (
        <p role="status" className="banner banner-success">
          {t(`done.${done}`, { count: Number(count) || 0 })}
        </p>
      )}
      {list.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        list.map((d) => (
          <DelegationCard
            key={d.id}
            delegation={d}
            locale={locale}
            mayApprove={mayManage}
            returnTo={`/${locale}/admin/events/${id}/delegations`}
            attendeesHref={`/admin/events/${id}?delegation=${d.id}&sort=delegation#list`}
            badgesHref={mayManage ? `/api/admin/badges?${new URLSearchParams({ event: id, delegation: d.id, lang: locale, layout: 'a4x8' })}` : undefined}
          />
        ))
      )}
    </section>
  );
}
