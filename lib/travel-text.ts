import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';

/** "2027-06-16" as the reader writes a date, without a zone: it is the event's wall clock, named beside it. */
export function travelDay(day: string, locale: Locale, withWeekday = false) {
  return new Intl.DateTimeFormat(htmlLang[locale], { dateStyle: withWeekday ? 'full' : 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** One leg of a journey on one line: date, time, flight or train, place — whichever are known. */
export function travelLine(date: string | null, time: string | null, carrier: string | null, place: string | null, locale: Locale, separator: string) {
  const when = [date ? travelDay(date, locale) : '', time ?? ''].filter(Boolean).join(' ');
  return [when, carrier ?? '', place ?? ''].filter(Boolean).join(separator);
}
