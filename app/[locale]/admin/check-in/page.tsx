import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { CheckInDesk } from '@/components/admin/check-in-desk';
import { getDb } from '@/db/client';
import { adminEventList } from '@/db/queries/admin-events';
import { Link } from '@/i18n/link';
import { htmlLang } from '@/i18n/routing';
import { adminPage } from '@/server/auth/session';
import { eventScope } from '@/lib/permissions';

export const dynamic = 'force-dynamic';

export default async function CheckInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ event?: string }> }) {
  const { locale, organizer } = await adminPage(params, 'checkIn');
  const t = await getTranslations({ locale, namespace: 'Admin.checkIn' });
  const g = await getTranslations({ locale, namespace: 'AdminDelegations' });
  const scope = eventScope(organizer);
  const events = (await adminEventList(await getDb(), locale)).filter((e) => e.status === 'published' && (scope === null || scope.includes(e.id)));
  const requested = (await searchParams).event;
  const current = events.find((e) => e.id === requested) ?? events.find((e) => new Date(e.endsAt) > new Date()) ?? events[0];
  const { Admin, Arrivals } = (await getMessages()) as { Admin: { checkIn: Record<string, string> }; Arrivals: Record<string, string> };
  return (
    <section>
      <h1>{t('title')}</h1>
      <form method="get" className="toolbar">
        <label className="field">
          <span>{t('event')}</span>
          <select name="event" defaultValue={current?.id}>
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button secondary">
          {t('choose')}
        </button>
      </form>
      {current && (
        <p>
          <Link href={`/admin/events/${current.id}/delegations`}>{g('checkInLink')}</Link>
        </p>
      )}
      {current && (
        <NextIntlClientProvider messages={{ Admin: { checkIn: Admin.checkIn }, Arrivals }}>
          <CheckInDesk eventId={current.id} locale={htmlLang[locale]} />
        </NextIntlClientProvider>
      )}
    </section>
  );
}
