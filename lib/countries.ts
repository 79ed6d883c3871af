import countries from 'i18n-iso-countries';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';

export interface CountryOption {
  code: string;
  name: string;
}

// Kosovo's user-assigned code is not in ISO 3166 proper; everything else comes from the library's list.
const codes = Object.keys(countries.getAlpha2Codes()).filter((c) => c !== 'XK');

/** The neighbours the council works with, first in every list, in this order. */
export const PINNED = ['CN', 'JP', 'KR', 'RU', 'MN'] as const;

/**
 * The council's naming policy over ICU's names: Taiwan, Hong Kong and Macao are regions of China in
 * every language, and the names the PRC foreign ministry uses where CLDR differs (巴勒斯坦, 蒙古国, 埃斯瓦蒂尼).
 */
const NAME_OVERRIDES: Partial<Record<string, Partial<Record<Locale, string>>>> = {
  TW: { zh: '中国台湾', en: 'Taiwan, China', ja: '中国台湾', ko: '대만(중국)', ru: 'Тайвань (Китай)' },
  HK: { zh: '中国香港特别行政区', en: 'Hong Kong SAR, China', ja: '中国香港特別行政区', ko: '홍콩(중국 특별행정구)', ru: 'Гонконг (САР Китая)' },
  MO: { zh: '中国澳门特别行政区', en: 'Macao SAR, China', ja: '中国マカオ特別行政区', ko: '마카오(중국 특별행정구)', ru: 'Макао (САР Китая)' },
  PS: { zh: '巴勒斯坦', en: 'Palestine', ja: 'パレスチナ', ko: '팔레스타인', ru: 'Палестина' },
  MN: { zh: '蒙古国' },
  SZ: { zh: '埃斯瓦蒂尼' },
  US: { ru: 'Соединённые Штаты' },
  // CLDR's "Congo - Brazzaville" / "Congo - Kinshasa" are list labels, not names anyone writes.
  CG: { en: 'Republic of the Congo', ru: 'Республика Конго' },
  CD: { en: 'Democratic Republic of the Congo', ru: 'Демократическая Республика Конго' },
};

/**
 * Readings of the Japanese names that begin with a kanji, so that 日本 sorts under に and 中国 under ち
 * among the katakana names instead of after all of them (ICU orders kanji by code point after kana).
 */
export const JA_READINGS: Record<string, string> = {
  AS: 'べいりょうさもあ',
  AQ: 'なんきょく',
  IO: 'えいりょういんどようちいき',
  CF: 'ちゅうおうあふりかきょうわこく',
  CN: 'ちゅうごく',
  GQ: 'せきどうぎにあ',
  GF: 'ふつりょうぎあな',
  PF: 'ふつりょうぽりねしあ',
  TF: 'ふつりょうきょくなんしょとう',
  HK: 'ちゅうごくほんこんとくべつぎょうせいく',
  JP: 'にほん',
  KP: 'きたちょうせん',
  KR: 'かんこく',
  MO: 'ちゅうごくまかおとくべつぎょうせいく',
  MP: 'きたまりあなしょとう',
  MK: 'きたまけどにあ',
  ZA: 'みなみあふりか',
  TW: 'ちゅうごくたいわん',
  TL: 'ひがしてぃもーる',
  UM: 'がっしゅうこくりょうゆうしょうりとう',
  VG: 'えいりょうゔぁーじんしょとう',
  VI: 'べいりょうゔぁーじんしょとう',
  EH: 'にしさはら',
  SS: 'みなみすーだん',
};

const displayNames = new Map<Locale, Intl.DisplayNames>();

/** A country or region's name in the reader's language, following the council's naming policy. */
export function countryName(code: string, locale: Locale): string {
  const override = NAME_OVERRIDES[code]?.[locale];
  if (override) return override;
  let names = displayNames.get(locale);
  if (!names) displayNames.set(locale, (names = new Intl.DisplayNames([htmlLang[locale]], { type: 'region' })));
  let name: string;
  try {
    name = names.of(code) ?? code;
  } catch {
    return code;
  }
  // CLDR writes some Japanese names with ASCII brackets ("コンゴ共和国(ブラザビル)"); CJK text takes full-width ones.
  return locale === 'zh' || locale === 'ja' ? name.replace(/\(/g, '（').replace(/\)/g, '）') : name;
}

/** Every country and region: the council's neighbours first, then the rest as the reader's language sorts them. */
export function countryOptions(locale: Locale): CountryOption[] {
  const collator = new Intl.Collator(htmlLang[locale]);
  const key = (o: CountryOption) => (locale === 'ja' ? (JA_READINGS[o.code] ?? o.name) : o.name);
  const pinned = new Set<string>(PINNED);
  const rest = codes
    .filter((code) => !pinned.has(code))
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => collator.compare(key(a), key(b)));
  return [...PINNED.map((code) => ({ code, name: countryName(code, locale) })), ...rest];
}
