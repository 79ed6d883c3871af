import { getTranslations } from 'next-intl/server';
import { type Locale } from '@/i18n/locales';
import { EVENT_KINDS } from '@/lib/domain';
import { Link } from '@/i18n/link';
import type { EventFilter } from '@/lib/event-filter';

/** A plain GET form: the filter lives in the URL, works without JavaScript and can be shared. */
export async function EventFilters({ locale, filter, years }: { locale: Locale; filter: EventFilter; years: number[] }) {
  const t = await getTranslations({ locale, namespace: 'EventList' });
  const kinds = await getTranslations({ locale, namespace: 'EventKind' });
  return (
    <form method="get" action={`/${locale}/events`} className="filters" aria-label={t('filters')}>
      <label>
        <span>{t('kind')}</span>
        <select name="kind" defaultValue={filter.kind ?? ''}>
          <option value="">{t('anyKind')}</option>
          {EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {kinds(k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('year')}</span>
        <select name="year" defaultValue={filter.year ? String(filter.year) : ''}>
          <option value="">{t('anyYear')}</option>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="button">
        {t('apply')}
      </button>
      {(filter.kind || filter.year) && (
        <Link href="/events" className="button secondary">
          {t('reset')}
        </Link>
      )}
    </form>
  );
}
