import countries from 'i18n-iso-countries';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';

export interface CountryOption {
  code: string;
  name: string;
}

// Kosovo's user-assigned code is not in ISO 3166 proper; everything else comes from the library's list.
const codes = Object.keys(countries.getAlpha2Codes()).filter((c) => c !== 'XK');

/** ISO 3166-1 alpha-2 codes with their names in the reader's language (ICU), sorted for that language. */
export function countryOptions(locale: Locale): CountryOption[] {
  const names = new Intl.DisplayNames([htmlLang[locale]], { type: 'region' });
  const collator = new Intl.Collator(htmlLang[locale]);
  return codes.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) => collator.compare(a.name, b.name));
}

export const isCountryCode = (code: string) => codes.includes(code);
