import { describe, expect, it } from 'vitest';
import { LOCALES } from '@/i18n/locales';
import {
  dailyHours,
  dayKey,
  formatDateRange,
  formatDateTime,
  formatDateTimeRange,
  formatTime,
  formatTimeRange,
  formatZone,
  isoWithOffset,
  venueLine,
} from '@/lib/format';
import { zoneOptions } from '@/lib/zone-names';
import { TIME_ZONES } from '@/lib/zoned-time';

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

  it('writes Korean times on the 24-hour clock, never with AM/PM', () => {
    const afternoon = '2027-06-15T07:00:00.000Z'; // 15:00 in Changchun
    expect(formatTime(afternoon, 'Asia/Shanghai', 'ko')).toBe('15:00');
    expect(plain(formatTimeRange(start, afternoon, 'Asia/Shanghai', 'ko'))).toBe('09:00 ~ 15:00');
    expect(plain(formatDateTime(afternoon, 'Asia/Shanghai', 'ko'))).toBe('2027년 6월 15일 15:00');
    for (const locale of LOCALES.filter((l) => l !== 'en')) {
      expect(formatDateTime(afternoon, 'Asia/Shanghai', locale)).not.toMatch(/AM|PM|오전|오후|午後|下午/);
    }
  });

  it('formats a date range without repeating the month or the year, in each language', () => {
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'en'))).toBe('June 15 – 16, 2027');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'zh'))).toBe('2027年6月15日至16日');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'ja'))).toBe('2027年6月15日～16日');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'ko'))).toBe('2027년 6월 15일~16일');
    expect(plain(formatDateRange(start, end, 'Asia/Shanghai', 'ru'))).toBe('15–16 июня 2027 г.');
    const may = '2027-05-02T01:00:00Z';
    const april = '2027-04-19T01:00:00Z';
    expect(formatDateRange(april, may, 'Asia/Shanghai', 'zh')).toBe('2027年4月19日至5月2日');
    expect(formatDateRange('2027-12-30T01:00:00Z', '2028-01-02T01:00:00Z', 'Asia/Shanghai', 'ja')).toBe('2027年12月30日～2028年1月2日');
    expect(formatDateRange(start, start, 'Asia/Shanghai', 'zh')).toBe('2027年6月15日');
  });

  it('shows a multi-day span from its first to its last moment, never as daily hours', () => {
    // The Vladivostok trip: leaves 19 April at 09:00, returns 23 April at 15:00.
    const leave = '2027-04-18T23:00:00Z';
    const back = '2027-04-23T05:00:00Z';
    expect(formatDateTimeRange(leave, back, 'Asia/Vladivostok', 'zh')).toBe('2027年4月19日 09:00至2027年4月23日 15:00');
    expect(plain(formatDateTimeRange(leave, back, 'Asia/Vladivostok', 'ru'))).toBe('19 апреля 2027 г. в 09:00 – 23 апреля 2027 г. в 15:00');
    expect(plain(formatDateTimeRange(leave, back, 'Asia/Vladivostok', 'ko'))).toMatch(/^2027년 4월 19일 09:00 ~ 2027년 4월 23일 15:00$/);
    expect(plain(formatDateTimeRange(start, '2027-06-15T09:00:00Z', 'Asia/Shanghai', 'ru'))).toBe('15 июня 2027 г., 09:00–17:00');
  });

  it("gives each day's hours from the program", () => {
    const items = [
      { startsAt: '2027-06-15T01:00:00Z', endsAt: '2027-06-15T03:00:00Z' },
      { startsAt: '2027-06-15T06:00:00Z', endsAt: '2027-06-15T09:00:00Z' },
      { startsAt: '2027-06-16T00:30:00Z', endsAt: '2027-06-16T04:30:00Z' },
    ];
    expect(dailyHours(items, 'Asia/Shanghai', 'zh')).toEqual([
      { date: '2027年6月15日', hours: '09:00—17:00' },
      { date: '2027年6月16日', hours: '08:30—12:30' },
    ]);
    expect(dailyHours(items, 'Asia/Shanghai', 'ja').map((d) => d.hours)).toEqual(['09:00～17:00', '08:30～12:30']);
  });
});

describe('time zones named as readers name them', () => {
  it("calls China's zone Beijing time, in each language", () => {
    expect(formatZone(start, 'Asia/Shanghai', 'zh')).toBe('北京时间');
    expect(formatZone(start, 'Asia/Shanghai', 'en')).toBe('Beijing time');
    expect(formatZone(start, 'Asia/Shanghai', 'ja')).toBe('中国標準時');
    expect(formatZone(start, 'Asia/Shanghai', 'ko')).toBe('중국 표준시');
    expect(formatZone(start, 'Asia/Shanghai', 'ru')).toBe('пекинское время');
  });

  it('names another zone by its city with its difference from Beijing', () => {
    expect(formatZone(start, 'Asia/Vladivostok', 'zh')).toBe('符拉迪沃斯托克时间（比北京时间快2小时）');
    expect(formatZone(start, 'Asia/Vladivostok', 'en')).toBe('Vladivostok time (Beijing time +2 h)');
    expect(formatZone(start, 'Asia/Vladivostok', 'ja')).toBe('ウラジオストク時間（中国標準時＋2時間）');
    expect(formatZone(start, 'Asia/Vladivostok', 'ko')).toBe('블라디보스토크 시간(중국 표준시 +2시간)');
    expect(formatZone(start, 'Asia/Vladivostok', 'ru')).toBe('владивостокское время (пекинское +2 ч)');
    expect(formatZone(start, 'Europe/Moscow', 'zh')).toBe('莫斯科时间（比北京时间慢5小时）');
    expect(formatZone(start, 'Asia/Hong_Kong', 'zh')).toBe('香港时间（与北京时间相同）');
  });

  it('never shows an IANA id or a GMT offset, for any zone the editor offers, in any language', () => {
    for (const locale of LOCALES) {
      for (const z of zoneOptions(TIME_ZONES, locale, new Date(start))) {
        expect(z.label).not.toMatch(/\/|GMT|_/);
        expect(formatZone(start, z.id, locale)).not.toMatch(/\/|GMT/);
      }
    }
    expect(zoneOptions(['Asia/Vladivostok'], 'ru', new Date(start))[0]!.label).toBe('Владивостокское время (пекинское +2 ч)');
  });
});

describe('venue lines', () => {
  it("joins with the reader's separator and does not repeat a city the address names", () => {
    expect(venueLine('长春国际会展中心', '吉林省长春市会展大街100号', '长春', '，')).toBe('长春国际会展中心，吉林省长春市会展大街100号');
    expect(venueLine('Азимут', 'Набережная ул., 10', 'Владивосток', ', ')).toBe('Азимут, Набережная ул., 10, Владивосток');
    expect(venueLine('Отель «Шангри-Ла» Чанчунь', 'проспект Сиань, 569', 'Чанчунь')).toBe('Отель «Шангри-Ла» Чанчунь, проспект Сиань, 569');
    expect(venueLine('', '滨河街10号', '符拉迪沃斯托克（海参崴）', '，')).toBe('滨河街10号，符拉迪沃斯托克（海参崴）');
  });
});

describe('machine dates', () => {
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

describe('Russian titles', () => {
  it('keep a dash and a one-letter preposition with the next word', async () => {
    const { typeset } = await import('@/lib/typography');
    expect(typeset('Форум в Северо-Восточной Азии — 2027', 'ru')).toBe('Форум в\u00a0Северо-Восточной Азии\u00a0— 2027');
    expect(typeset('Форум в Азии — 2027', 'en')).toBe('Форум в Азии — 2027');
  });
});
