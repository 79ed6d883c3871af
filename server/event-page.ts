import 'server-only';
import { notFound } from 'next/navigation';
import { getEventPage } from '@/db/queries/public';
import type { EventPage } from '@/db/queries/events';
import type { Locale } from '@/i18n/locales';
import { pageLocale } from '@/i18n/page-locale';
import { langOf } from '@/lib/localized';
import { formatDateTime } from '@/lib/format';

/** The public event for a page's params, its locale set for next-intl (pageLocale), or the localized 404. */
export async function loadEventOr404(params: Promise<{ locale: string; slug: string }>) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const event = await getEventPage(slug, locale);
  if (!event) notFound();
  return { locale, event };
}

/** The event's visits as the forms offer them: title in its own language, date and time, seats left. */
export function visitChoices(event: EventPage, locale: Locale): VisitChoice[] {
  return event.visits.map((v) => ({
    id: v.id,
    title: v.title.text,
    lang: langOf(v.title, locale),
    when: formatDateTime(v.startsAt, event.timeZone, locale),
    seatsLeft: v.seatsLeft,
  }));
}

/** One visit as the registration and change forms offer it. */
export interface VisitChoice {
  id: string;
  title: string;
  lang?: string;
  when: string;
  seatsLeft: number | null;
}
