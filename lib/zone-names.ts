import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';

/**
 * Time zones as the portal's readers name them: Beijing time for China (北京时间), other zones by
 * their city or country, each with its difference from Beijing time. CLDR's long names ("China
 * Standard Time", "海参崴标准时间", "Владивосток, стандартное время") are not what people write.
 */
const NAMES: Record<string, Record<Locale, string>> = {
  'Asia/Shanghai': { zh: '北京时间', en: 'Beijing time', ja: '中国標準時', ko: '중국 표준시', ru: 'пекинское время' },
  'Asia/Seoul': { zh: '首尔时间', en: 'Seoul time', ja: '韓国時間', ko: '한국 시간', ru: 'сеульское время' },
  'Asia/Tokyo': { zh: '东京时间', en: 'Tokyo time', ja: '日本時間', ko: '일본 시간', ru: 'токийское время' },
  'Asia/Vladivostok': { zh: '符拉迪沃斯托克时间', en: 'Vladivostok time', ja: 'ウラジオストク時間', ko: '블라디보스토크 시간', ru: 'владивостокское время' },
  'Asia/Yakutsk': { zh: '雅库茨克时间', en: 'Yakutsk time', ja: 'ヤクーツク時間', ko: '야쿠츠크 시간', ru: 'якутское время' },
  'Asia/Irkutsk': { zh: '伊尔库茨克时间', en: 'Irkutsk time', ja: 'イルクーツク時間', ko: '이르쿠츠크 시간', ru: 'иркутское время' },
  'Asia/Novosibirsk': { zh: '新西伯利亚时间', en: 'Novosibirsk time', ja: 'ノボシビルスク時間', ko: '노보시비르스크 시간', ru: 'новосибирское время' },
  'Asia/Yekaterinburg': { zh: '叶卡捷琳堡时间', en: 'Yekaterinburg time', ja: 'エカテリンブルク時間', ko: '예카테린부르크 시간', ru: 'екатеринбургское время' },
  'Europe/Moscow': { zh: '莫斯科时间', en: 'Moscow time', ja: 'モスクワ時間', ko: '모스크바 시간', ru: 'московское время' },
  'Asia/Ulaanbaatar': { zh: '乌兰巴托时间', en: 'Ulaanbaatar time', ja: 'ウランバートル時間', ko: '울란바토르 시간', ru: 'время Улан-Батора' },
  'Asia/Hong_Kong': { zh: '香港时间', en: 'Hong Kong time', ja: '香港時間', ko: '홍콩 시간', ru: 'время Гонконга' },
  'Asia/Singapore': { zh: '新加坡时间', en: 'Singapore time', ja: 'シンガポール時間', ko: '싱가포르 시간', ru: 'время Сингапура' },
  'Asia/Almaty': { zh: '阿拉木图时间', en: 'Almaty time', ja: 'アルマトイ時間', ko: '알마티 시간', ru: 'время Алматы' },
  'Asia/Dubai': { zh: '迪拜时间', en: 'Dubai time', ja: 'ドバイ時間', ko: '두바이 시간', ru: 'время Дубая' },
  'Europe/Berlin': { zh: '柏林时间', en: 'Berlin time', ja: 'ベルリン時間', ko: '베를린 시간', ru: 'время Берлина' },
  'Europe/London': { zh: '伦敦时间', en: 'London time', ja: 'ロンドン時間', ko: '런던 시간', ru: 'время Лондона' },
  'America/New_York': { zh: '纽约时间', en: 'New York time', ja: 'ニューヨーク時間', ko: '뉴욕 시간', ru: 'время Нью-Йорка' },
  UTC: { zh: '协调世界时', en: 'UTC', ja: '協定世界時', ko: '협정 세계시', ru: 'всемирное координированное время' },
};

export const BEIJING = 'Asia/Shanghai';

/** Minutes a zone is ahead of UTC at an instant (daylight saving included). */
function utcOffsetMinutes(instant: Date, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  const wall = Date.UTC(+parts.year!, +parts.month! - 1, +parts.day!, +parts.hour!, +parts.minute!);
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

function hoursText(hours: number, locale: Locale) {
  return new Intl.NumberFormat(htmlLang[locale], { maximumFractionDigits: 2 }).format(hours);
}

/** "(比北京时间快2小时)", "(Beijing time +2 h)": how far the zone's clock is from Beijing's. */
function fromBeijing(minutes: number, locale: Locale) {
  const h = hoursText(Math.abs(minutes) / 60, locale);
  const sign = minutes > 0 ? '+' : '−';
  if (minutes === 0) {
    return { zh: '（与北京时间相同）', en: ' (same as Beijing time)', ja: '（中国標準時と同じ）', ko: '(중국 표준시와 같음)', ru: ' (совпадает с пекинским)' }[
      locale
    ];
  }
  return {
    zh: `（比北京时间${minutes > 0 ? '快' : '慢'}${h}小时）`,
    en: ` (Beijing time ${sign}${h} h)`,
    ja: `（中国標準時${minutes > 0 ? '＋' : '−'}${h}時間）`,
    ko: `(중국 표준시 ${sign}${h}시간)`,
    ru: ` (пекинское ${sign}${h} ч)`,
  }[locale];
}

/** The zone's own name in the reader's language, without the difference from Beijing. */
function zoneName(timeZone: string, locale: Locale, at: Date = new Date()): string {
  const known = NAMES[timeZone]?.[locale];
  if (known) return known;
  // A zone outside the table: ICU's generic name, which is still a name, never the IANA id.
  const part = new Intl.DateTimeFormat(htmlLang[locale], { timeZone, timeZoneName: 'longGeneric' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return part ?? timeZone;
}

/** "北京时间", "符拉迪沃斯托克时间（比北京时间快2小时）", "Vladivostok time (Beijing time +2 h)". */
export function zoneLabel(timeZone: string, locale: Locale, at: Date = new Date()): string {
  const name = zoneName(timeZone, locale, at);
  if (timeZone === BEIJING) return name;
  return name + fromBeijing(utcOffsetMinutes(at, timeZone) - utcOffsetMinutes(at, BEIJING), locale);
}

/** For a select or the start of a sentence: "Владивостокское время (пекинское +2 ч)". */
const capitalized = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The editor's choices: each zone by name with its difference from Beijing, never the IANA id. */
export function zoneOptions(zones: readonly string[], locale: Locale, at: Date = new Date()) {
  return zones.map((id) => ({ id, label: capitalized(zoneLabel(id, locale, at)), phrase: zoneLabel(id, locale, at) }));
}
