import type { Metadata } from 'next';
import type { Locale } from '@/i18n/locales';
import { htmlLang, routing } from '@/i18n/routing';
import { getConfig } from './config';

export const publicUrl = () => getConfig().PUBLIC_URL.replace(/\/$/, '');

/** Canonical URL plus hreflang alternates for every locale and x-default, for a path below the locale. */
function alternates(locale: Locale, path: string): Metadata['alternates'] {
  const base = publicUrl();
  const languages: Record<string, string> = {};
  for (const l of routing.locales) languages[htmlLang[l]] = `${base}/${l}${path}`;
  languages['x-default'] = `${base}/${routing.defaultLocale}${path}`;
  return { canonical: `${base}/${locale}${path}`, languages };
}

export function pageMetadata(locale: Locale, path: string, title: string, description: string, siteName: string): Metadata {
  return {
    title,
    description,
    alternates: alternates(locale, path),
    openGraph: {
      type: 'website',
      siteName,
      title,
      description,
      url: `${publicUrl()}/${locale}${path}`,
      locale: htmlLang[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => htmlLang[l]),
    },
  };
}
