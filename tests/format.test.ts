import { describe, expect, it } from 'vitest';
import { dayKey, formatDateRange, formatTime, formatZone, isoWithOffset } from '@/lib/format';

// 09:00 in Changchun is 01:00 UTC; in Vladivostok (UTC+10) the same instant is 11:00.
const start = '2027-06-15T01:00:00.000Z';
const end = '2027-06-16T09:30:00.000Z';
// ICU uses thin and narrow no-break spaces; compare with plain ones.
const plain = (s: string) => s.replace(/[\u2009\u202f\u00a0]/g, ' ');

describe('dates in the event zone, formatted for the reader', () => {
  it('shows the time in the event zone, not the server zone', () => {
    expect(plain(formatTime(start, 'Asia/Shanghai', 'en'))).toBe('09:00 AM');
    expect(formatTime(start, 'Asia/Shanghai', 'ru')).toBe('09:00');
    expect(formatTime(start, 'Asia/Vladivostok', 'ja')).toBe('11:00');
  });

  it('formats a two-day range in each language', () => {
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'en'))).toBe('June 15 – 16, 2027');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'zh'))).toBe('2027年6月15日至6月16日');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'ja'))).toBe('2027年6月15日～6月16日');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'ko'))).toBe('2027년 6월 15일~16일');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'ru'))).toBe('15–16 июня 2027 г.');
  });

  it('names the zone in the reader language with its offset', () => {
    expect(formatZone(start, 'Asia/Shanghai', 'en')).toBe('China Standard Time (GMT+08:00)');
    expect(formatZone(start, 'Asia/Shanghai', 'zh')).toBe('中国标准时间 (GMT+08:00)');
    expect(formatZone(start, 'Asia/Vladivostok', 'ru')).toMatch(/Владивосток.*\(GMT\+10:00\)/);
  });

  it('writes schema.org dates with the event zone offset', () => {
    expect(isoWithOffset(start, 'Asia/Shanghai')).toBe('2027-06-15T09:00:00+08:00');
    expect(isoWithOffset(start, 'Asia/Vladivostok')).toBe('2027-06-15T11:00:00+10:00');
    expect(isoWithOffset('2027-01-10T12:00:00Z', 'Europe/Moscow')).toBe('2027-01-10T15:00:00+03:00');
  });

  it('groups by the calendar day of the event zone', () => {
    // 23:30 UTC on the 14th is already the 15th in Changchun.
    expect(dayKey('2027-06-14T23:30:00Z', 'Asia/Shanghai')).toBe('2027-06-15');
    expect(dayKey('2027-06-14T23:30:00Z', 'UTC')).toBe('2027-06-14');
  });
});
