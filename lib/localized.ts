import { LOCALES, type Locale, type LocalizedText } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';

/** A piece of text with the language it is actually written in, for the element's own `lang`. */
export interface Shown {
  text: string;
  lang: Locale;
}

/** The reader's language if present, else the event's source language, else whatever exists. */
function fallbackOrder(locale: Locale, source: Locale): Locale[] {
  return [locale, source, ...LOCALES.filter((l) => l !== locale && l !== source)];
}

export function pickText(value: LocalizedText | null | undefined, locale: Locale, source: Locale): Shown | null {
  if (!value) return null;
  for (const lang of fallbackOrder(locale, source)) {
    const text = value[lang];
    if (text) return { text, lang };
  }
  return null;
}

export function pickRow<T extends { locale: Locale }>(rows: T[], locale: Locale, source: Locale): T | undefined {
  for (const lang of fallbackOrder(locale, source)) {
    const row = rows.find((r) => r.locale === lang);
    if (row) return row;
  }
  return undefined;
}

/** The `lang` attribute for text shown in another language than the page's, or nothing. */
export const langOf = (shown: Shown | null, locale: Locale) => (shown && shown.lang !== locale ? htmlLang[shown.lang] : undefined);
