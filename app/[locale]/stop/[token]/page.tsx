import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getDb } from '@/db/client';
import { hasStoppedAnnouncements } from '@/db/queries/announcements';
import { pageLocale } from '@/i18n/page-locale';
import { readStopToken } from '@/lib/crypto';

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ done?: string }> };

// Personal: rendered per request, never cached, never indexed.
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'StopAnnouncements' });
  return { title: t('title'), robots: { index: false, follow: false } };
}

/** Where an announcement's stop link leads: one button, since opening a link must not act on its own. */
export default async function StopPage({ params }: Props) {
  const { token } = await params;
  const locale = await pageLocale(params);
  const registrationId = readStopToken(token);
  if (!registrationId) notFound();
  const stopped = await hasStoppedAnnouncements(await getDb(), registrationId);
  const t = await getTranslations({ locale, namespace: 'StopAnnouncements' });
  return (
    <section className="narrow">
      <h1>{t('title')}</h1>
      {stopped ? (
        <p role="status" className="banner banner-success">
          {t('done')}
        </p>
      ) : (
        <form method="post" action={`/api/stop/${token}?locale=${locale}`}>
          <p>{t('explain')}</p>
          <p>
            <button type="submit" className="button">
              {t('confirm')}
            </button>
          </p>
        </form>
      )}
      <p className="hint">{t('serviceStill')}</p>
    </section>
  );
}
