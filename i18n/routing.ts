import { defineRouting } from 'next-intl/routing';
import { LOCALES } from './locales';

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: 'en',
  localePrefix: 'always',
  // No Set-Cookie on public pages, so that a CDN may hold them; `/` follows Accept-Language each time.
  localeCookie: false,
});

/** The exact `lang` each locale is served with, so browsers pick the right CJK glyphs. */
export const htmlLang = { zh: 'zh-Hans', en: 'en', ko: 'ko', ja: 'ja', ru: 'ru' } as const;

/** Each language's own name, as its speakers write it. */
export const localeNames = { zh: '中文', en: 'English', ko: '한국어', ja: '日本語', ru: 'Русский' } as const;
