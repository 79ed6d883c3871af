import type { Locale } from '@/db/schema';
import { htmlLang } from '@/i18n/routing';

/** Dates are always shown in the event's own zone, with the zone named, formatted for the reader. */
const intlLocale = (locale: Locale) => htmlLang[locale];

// Building an Intl formatter costs far more than using one; pages format dozens of dates per render.
const formatters = new Map<string, Intl.DateTimeFormat>();
function dtf(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) formatters.set(key, (formatter = new Intl.DateTimeFormat(locale, options)));
  return formatter;
}

export function formatDate(iso: string, timeZone: string, locale: Locale) {
  return dtf(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string, locale: Locale) {
  return dtf(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone })
    .format(new Date(iso));
}

export function formatDateTime(iso: string, timeZone: string, locale: Locale) {
  return dtf(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone })
    .format(new Date(iso));
}

/** "15–16 June 2027" in the reader's language: one date range, no times. */
export function formatDateRange(startIso: string, endIso: string, timeZone: string, locale: Locale) {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const long = dtf(intlLocale(locale), { dateStyle: 'long', timeZone });
  if (long.format(start) === long.format(end)) return long.format(start);
  if (locale !== 'zh' && locale !== 'ja') {
    return dtf(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone })
      .formatRange(start, end);
  }
  // ICU's interval patterns for zh and ja fall back to "2027/6/15 – 2027/6/16"; write them as people do.
  const year = (d: Date) => dtf('en', { year: 'numeric', timeZone }).format(d);
  const endText = year(start) === year(end)
    ? dtf(intlLocale(locale), { month: 'long', day: 'numeric', timeZone }).format(end)
    : long.format(end);
  return `${long.format(start)}${locale === 'zh' ? '至' : '～'}${endText}`;
}

/** The zone's name in the reader's language with its UTC offset, e.g. "China Standard Time (GMT+08:00)". */
export function formatZone(iso: string, timeZone: string, locale: Locale) {
  const part = (style: 'long' | 'longOffset') =>
    dtf(intlLocale(locale), { timeZone, timeZoneName: style })
      .formatToParts(new Date(iso)).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  return `${part('long')} (${part('longOffset')})`;
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD, for grouping a program by day. */
export function dayKey(iso: string, timeZone: string) {
  return dtf('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(iso));
}

/** The ISO 8601 string with the event zone's offset, for schema.org `startDate`. */
export function isoWithOffset(iso: string, timeZone: string) {
  const date = new Date(iso);
  const parts = Object.fromEntries(
    dtf('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(date).map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offsetMinutes = Math.round((local - date.getTime()) / 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** "Venue, address, city" without repeating the city when the venue or the address already names it. */
export function venueLine(venue: string, address: string, city: string) {
  return [venue, address, `${venue} ${address}`.includes(city) ? '' : city].filter(Boolean).join(', ');
}
