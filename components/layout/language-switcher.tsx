'use client';

import { Suspense } from 'react';
import { useSearchParams } from 'next/navigation';
import type { Locale } from '@/i18n/locales';
import { Link, usePathname } from '@/i18n/navigation';
import { htmlLang, localeNames, routing } from '@/i18n/routing';

interface Props {
  current: Locale;
  label: string;
}

/** Links to the same page in every other language, keeping the query (e.g. list filters). */
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
  const pathname = usePathname();
  const href = query ? `${pathname}?${query}` : pathname;
  return (
    <nav aria-label={label} className="switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <Link
              href={href}
              locale={locale}
              lang={htmlLang[locale]}
              hrefLang={htmlLang[locale]}
              aria-current={locale === current ? 'true' : undefined}
              prefetch={false}
            >
              {localeNames[locale]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
