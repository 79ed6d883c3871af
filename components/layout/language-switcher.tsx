'use client';

import { Suspense } from 'react';
import { usePathname, useSearchParams } from 'next/navigation';
import { LOCALES, type Locale } from '@/i18n/locales';
import { htmlLang, localeNames } from '@/i18n/routing';

interface Props {
  current: Locale;
  label: string;
}

/**
 * Links to the same page in every other language, keeping the query (e.g. list filters). Plain links
 * (another language is another page): no client i18n code on public pages (#17).
 */
export function LanguageSwitcher(props: Props) {
  return (
    <Suspense fallback={<Links {...props} query="" />}>
      <WithQuery {...props} />
    </Suspense>
  );
}

function WithQuery(props: Props) {
  const query = useSearchParams().toString();
  return <Links {...props} query={query} />;
}

function Links({ current, label, query }: Props & { query: string }) {
  // Every path starts with its locale (localePrefix: 'always'): swap that segment.
  const rest = usePathname().replace(/^\/[^/]+/, '');
  return (
    <nav aria-label={label} className="switcher">
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${rest}${query ? `?${query}` : ''}`}
              lang={htmlLang[locale]}
              hrefLang={htmlLang[locale]}
              aria-current={locale === current ? 'true' : undefined}
            >
              {localeNames[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
