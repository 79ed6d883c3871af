import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { zoneLabel } from './zone-names';

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

// Korean official texts, like Chinese, Japanese and Russian ones, use the 24-hour clock; English keeps AM/PM.
const clock = (locale: Locale): Intl.DateTimeFormatOptions => (locale === 'en' ? {} : { hourCycle: 'h23' });

export function formatDate(iso: string, timeZone: string, locale: Locale) {
  return dtf(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(iso));
}

export function formatTime(iso: string, timeZone: string, locale: Locale) {
  return dtf(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone, ...clock(locale) }).format(new Date(iso));
}

/** "21 апреля 2027 г. в 09:00", "2027年4月21日 09:00": one moment, date and time joined as the language joins them. */
export function formatDateTime(iso: string, timeZone: string, locale: Locale) {
  return dtf(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone, ...clock(locale) }).format(new Date(iso));
}

// ICU's interval patterns for zh and ja fall back to "2027/6/15 – 2027/6/16"; these are the connectors people write.
const CJK_RANGE = { zh: { dates: '至', times: '—' }, ja: { dates: '～', times: '～' } } as const;

/** "09:00–17:00", "09:00 ~ 17:00", "09:00～17:00": two times of one day. */
export function formatTimeRange(startIso: string, endIso: string, timeZone: string, locale: Locale) {
  if (locale === 'zh' || locale === 'ja') {
    return `${formatTime(startIso, timeZone, locale)}${CJK_RANGE[locale].times}${formatTime(endIso, timeZone, locale)}`;
  }
  return dtf(intlLocale(locale), { hour: '2-digit', minute: '2-digit', timeZone, ...clock(locale) }).formatRange(new Date(startIso), new Date(endIso));
}

/** "15–16 June 2027", "2027年4月19日至23日": one date range without a repeated month or year. */
export function formatDateRange(startIso: string, endIso: string, timeZone: string, locale: Locale) {
  const start = new Date(startIso);
  const end = new Date(endIso);
  const long = dtf(intlLocale(locale), { dateStyle: 'long', timeZone });
  if (long.format(start) === long.format(end)) return long.format(start);
  if (locale !== 'zh' && locale !== 'ja') {
    return dtf(intlLocale(locale), { year: 'numeric', month: 'long', day: 'numeric', timeZone }).formatRange(start, end);
  }
  const part = (d: Date, type: string) =>
    dtf('en', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone })
      .formatToParts(d)
      .find((p) => p.type === type)!.value;
  const endText =
    part(start, 'year') !== part(end, 'year')
      ? long.format(end)
      : part(start, 'month') !== part(end, 'month')
        ? dtf(intlLocale(locale), { month: 'long', day: 'numeric', timeZone }).format(end)
        : dtf(intlLocale(locale), { day: 'numeric', timeZone }).format(end);
  return `${long.format(start)}${CJK_RANGE[locale].dates}${endText}`;
}

/** "15 June 2027, 9:00 AM – 5:00 PM" or "19 April 2027 at 09:00 – 23 April 2027 at 15:00": a span from its first to its last moment. */
export function formatDateTimeRange(startIso: string, endIso: string, timeZone: string, locale: Locale) {
  if (locale === 'zh' || locale === 'ja') {
    // Date and time are joined with a space in Chinese and Japanese, as Intl does for one moment.
    return dayKey(startIso, timeZone) === dayKey(endIso, timeZone)
      ? `${formatDate(startIso, timeZone, locale)} ${formatTimeRange(startIso, endIso, timeZone, locale)}`
      : `${formatDateTime(startIso, timeZone, locale)}${CJK_RANGE[locale].dates}${formatDateTime(endIso, timeZone, locale)}`;
  }
  return dtf(intlLocale(locale), { dateStyle: 'long', timeStyle: 'short', timeZone, ...clock(locale) }).formatRange(new Date(startIso), new Date(endIso));
}

/**
 * Each day's hours of a multi-day event from its program (earliest start to latest end per day), so a
 * five-day trip is not shown as "09:00–15:00" as if those were its daily hours.
 */
export function dailyHours(items: { startsAt: string; endsAt: string | null }[], timeZone: string, locale: Locale) {
  const days = new Map<string, { start: string; end: string }>();
  for (const item of items) {
    const key = dayKey(item.startsAt, timeZone);
    const last = item.endsAt ?? item.startsAt;
    const day = days.get(key);
    if (!day) days.set(key, { start: item.startsAt, end: last });
    else {
      if (item.startsAt < day.start) day.start = item.startsAt;
      if (last > day.end) day.end = last;
    }
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, d]) => ({
      date: formatDate(d.start, timeZone, locale),
      hours: d.end === d.start ? formatTime(d.start, timeZone, locale) : formatTimeRange(d.start, d.end, timeZone, locale),
    }));
}

/** The zone as readers name it, with its difference from Beijing time: "北京时间", "Vladivostok time (Beijing time +2 h)". */
export function formatZone(iso: string, timeZone: string, locale: Locale) {
  return zoneLabel(timeZone, locale, new Date(iso));
}

/**
 * A moment in the back office (audit log, e-mail log, consent): in Beijing time, where the council
 * works, with a four-digit year and a 24-hour clock ("2026. 11. 24. 04:34", not "26. 11. 24. AM 4:34").
 */
export function formatStamp(date: Date, locale: Locale) {
  return dtf(intlLocale(locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Shanghai',
    ...clock(locale),
  }).format(date);
}

/** "11. 24.", "24.11", "11/24": a day of the year for a chart axis, from `YYYY-MM-DD`. */
export function formatDayMonth(day: string, locale: Locale) {
  return dtf(intlLocale(locale), { month: 'numeric', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The calendar day of an instant in a zone, as YYYY-MM-DD, for grouping a program by day. */
export function dayKey(iso: string, timeZone: string) {
  return dtf('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(iso));
}

/** The ISO 8601 string with the event zone's offset, for schema.org `startDate`. */
export function isoWithOffset(iso: string, timeZone: string) {
  const date = new Date(iso);
  const parts = Object.fromEntries(
    dtf('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
  const offsetMinutes = Math.round((local - date.getTime()) / 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// "符拉迪沃斯托克（海参崴）" → "符拉迪沃斯托克", "长春市" → "长春": the part of a city's name an address repeats.
const cityCore = (city: string) =>
  city
    .replace(/[（(].*?[）)]/g, '')
    .replace(/(市|시|город)$/u, '')
    .trim();

/**
 * "Venue, address, city" joined with the reader's list separator (from the messages: "，" in Chinese,
 * "、" in Japanese), without the city when the venue or the address already names it.
 */
export function venueLine(venue: string, address: string, city: string, separator = ', ') {
  const core = cityCore(city);
  const named = core !== '' && (address.includes(core) || venue.includes(core));
  return [venue, address, named ? '' : city].filter(Boolean).join(separator);
}
