import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import type { Locale } from './locales';

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string; locale?: Locale };

/**
 * A link inside the portal, for server components: every path starts with its locale
 * (`localePrefix: 'always'`), written here on the server, so the browser gets plain next/link and none of
 * next-intl's client code — importing next-intl's navigation would ship it to every page (#17). Client
 * components use `Link` from ./navigation.
 */
export async function Link({ href, locale, ...props }: Props) {
  const prefix = `/${locale ?? (await getLocale())}`;
  return <NextLink href={href === '/' ? prefix : `${prefix}${href}`} {...props} />;
}
