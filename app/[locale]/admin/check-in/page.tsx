import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { CheckInDesk } from '@/components/admin/check-in-desk';
import { getDb } from '@/db/client';
import { adminEventList } from '@/db/queries/admin-events';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { requirePage } from '@/server/auth/session';

export const dynamic = 'force-dynamic';

export default async function CheckInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ event?: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requirePage(locale, 'checkIn');
  const t = await getTranslations({ locale, namespace: 'Admin.checkIn' });
  const events = (await adminEventList(await getDb(), locale)).filter((e) => e.status === 'published');
  const requested = (await searchParams).event;
  const current = events.find((e) => e.id === requested) ?? events.find((e) => new Date(e.endsAt) > new Date()) ?? events[0];
  const { Admin, Arrivals } = await getMessages() as { Admin: { checkIn: Record<string, string> }; Arrivals: Record<string, string> };
  return (
    <section>
      <h1>{t('title')}</h1>
      <form method="get" className="toolbar">
        <label className="field"><span>{t('event')}</span>
          <select name="event" defaultValue={current?.id}>
            {events.map((e) => <option key={e.id} value={e.id}>{e.title}</option>)}
          </select>
        </label>
        <button type="submit" className="button secondary">{t('choose')}</button>
      </form>
      {current && (
        <NextIntlClientProvider messages={{ Admin: { checkIn: Admin.checkIn }, Arrivals }}>
          <CheckInDesk eventId={current.id} locale={htmlLang[locale]} />
        </NextIntlClientProvider>
      )}
    </section>
  );
}
