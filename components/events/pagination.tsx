import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import { Link } from '@/i18n/link';
import { type EventFilter, filterQuery } from '@/lib/event-filter';

export async function Pagination({ locale, filter, pages }: { locale: Locale; filter: EventFilter; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'EventList' });
  const href = (page: number) => `/events${filterQuery({ ...filter, page })}`;
  return (
    <nav aria-label={t('pagination')} className="pagination">
      {filter.page > 1 && (
        <Link href={href(filter.page - 1)} rel="prev">
          {t('previous')}
        </Link>
      )}
      <span>{t('pageOf', { page: filter.page, pages })}</span>
      {filter.page < pages && (
        <Link href={href(filter.page + 1)} rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  );
}
