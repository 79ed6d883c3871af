import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { EventCard } from '@/components/events/event-card';
import { EventFilters } from '@/components/events/event-filters';
import { Pagination } from '@/components/events/pagination';
import { getEventCards } from '@/db/queries/public';
import { eventYear, filterSegment, PAGE_SIZE, parseFilterSegment } from '@/lib/event-filter';
import { pageMetadata } from '@/lib/seo';
import { pageLocale } from '@/i18n/page-locale';

// Reached as /{locale}/events?kind=…&year=…&page=…: proxy.ts rewrites the query to the `filter` segment,
// so each combination is cached like any other public page.
type Props = { params: Promise<{ locale: string; filter: string }> };

export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'EventList' });
  const meta = await getTranslations({ locale, namespace: 'Metadata' });
  return pageMetadata(locale, '/events', t('title'), t('description'), meta('siteName'));
}

export default async function EventsPage({ params }: Props) {
  const { filter: segment } = await params;
  const locale = await pageLocale(params);
  const filter = parseFilterSegment(segment);
  // Only the proxy's canonical segment is a page: any other spelling would be one more cache entry.
  if (filterSegment(filter) !== segment) notFound();
  const t = await getTranslations({ locale, namespace: 'EventList' });
  const all = await getEventCards(locale);
  const years = [...new Set(all.map((c) => eventYear(c.startsAt, c.timeZone)))].sort((a, b) => b - a);
  const matching = all.filter((c) => (!filter.kind || c.kind === filter.kind) && (!filter.year || eventYear(c.startsAt, c.timeZone) === filter.year));
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const page = Math.min(filter.page, pages);
  const shown = matching.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const upcoming = shown.filter((c) => !c.isPast);
  const past = shown.filter((c) => c.isPast);
  return (
    <>
      <h1>{t('title')}</h1>
      <EventFilters locale={locale} filter={filter} years={years} />
      <p role="status" className="result-count">
        {t('count', { count: matching.length })}
      </p>
      {matching.length === 0 && <p>{t('empty')}</p>}
      {upcoming.length > 0 && (
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading">{t('upcoming')}</h2>
          <div className="card-grid">
            {upcoming.map((e) => (
              <EventCard key={e.slug} event={e} locale={locale} />
            ))}
          </div>
        </section>
      )}
      {past.length > 0 && (
        <section aria-labelledby="past-heading">
          <h2 id="past-heading">{t('past')}</h2>
          <div className="card-grid">
            {past.map((e) => (
              <EventCard key={e.slug} event={e} locale={locale} />
            ))}
          </div>
        </section>
      )}
      <Pagination locale={locale} filter={{ ...filter, page }} pages={pages} />
    </>
  );
}
