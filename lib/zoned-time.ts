/** Zones offered in the event editor; an event saved with another valid zone keeps it. */
export const TIME_ZONES = [
  'Asia/Shanghai',
  'Asia/Seoul',
  'Asia/Tokyo',
  'Asia/Vladivostok',
  'Asia/Yakutsk',
  'Asia/Irkutsk',
  'Asia/Novosibirsk',
  'Asia/Yekaterinburg',
  'Europe/Moscow',
  'Asia/Ulaanbaatar',
  'Asia/Hong_Kong',
  'Asia/Singapore',
  'Asia/Almaty',
  'Asia/Dubai',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'UTC',
] as const;

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const fields = (m: RegExpExecArray) => [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [number, number, number, number, number, number];

export function isValidTimeZone(timeZone: string) {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** A real wall-clock time `YYYY-MM-DDTHH:mm[:ss]` (what `<input type="datetime-local">` gives). */
export function isLocalDateTime(value: string) {
  const m = LOCAL.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = fields(m);
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** Wall-clock fields of an instant in a zone, read as if they were UTC: their difference is the offset. */
function wallClockAsUtc(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!, +parts.second!);
}

const offsetAt = (instant: number, timeZone: string) => wallClockAsUtc(instant, timeZone) - instant;

/**
 * The UTC instant of a wall-clock time in an IANA zone. In a repeated hour (clocks going back) the
 * earlier instant wins; in a skipped hour (clocks going forward) the time is read with the offset before the jump.
 */
export function zonedLocalToUtc(local: string, timeZone: string): Date {
  const m = LOCAL.exec(local);
  if (!m || !isLocalDateTime(local)) throw new RangeError(`Not a local date-time: ${local}`);
  if (!isValidTimeZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`);
  const [y, mo, d, h, mi, s] = fields(m);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Offsets a few hours either side cover every transition; keep the candidates that read back exactly.
  const offsets = [...new Set([-12, 0, 12].map((hours) => offsetAt(asUtc + hours * 3600_000, timeZone)))];
  const exact = offsets
    .map((o) => asUtc - o)
    .filter((t) => wallClockAsUtc(t, timeZone) === asUtc)
    .sort((a, b) => a - b);
  if (exact.length > 0) return new Date(exact[0]!);
  return new Date(asUtc - offsetAt(asUtc - 12 * 3600_000, timeZone));
}

/** An instant as the `YYYY-MM-DDTHH:mm` wall-clock time of a zone, for a datetime-local input. */
export function utcToZonedLocal(instant: Date | string, timeZone: string): string {
  return new Date(wallClockAsUtc(new Date(instant).getTime(), timeZone)).toISOString().slice(0, 16);
}
