import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { EventCard } from '@/components/events/event-card';
import { getEventCards } from '@/db/queries/public';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { pageMetadata } from '@/lib/seo';

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'Home' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  return { ...pageMetadata(locale, '', t('title'), t('lead'), meta('siteName')), title: { absolute: `${meta('siteName')} · ${t('title')}` } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });
  const cards = await getEventCards(locale);
  const upcoming = cards.filter((c) => !c.isPast).slice(0, 6);
  const past = cards.filter((c) => c.isPast).slice(0, 3);
  return (
    <>
      <section className="hero">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </section>
      <section aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading">{t('upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('noUpcoming')}</p>
        ) : (
          <div className="card-grid">
            {upcoming.map((event) => (
              <EventCard key={event.slug} event={event} locale={locale} />
            ))}
          </div>
        )}
      </section>
      <section aria-labelledby="past-heading">
        <h2 id="past-heading">{t('past')}</h2>
        <div className="card-grid">
          {past.map((event) => (
            <EventCard key={event.slug} event={event} locale={locale} />
          ))}
        </div>
        <p>
          <Link href="/events" className="more-link">
            {t('allEvents')}
          </Link>
        </p>
      </section>
    </>
  );
}
