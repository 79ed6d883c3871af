import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';
import type { Locale } from './locales';
import { getPathname } from './navigation';

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string; locale?: Locale };

/**
 * A link inside the portal, for server components: the path gets the page's locale prefix here, on the
 * server, so the browser receives plain next/link and none of next-intl's client code (public pages stay
 * within the framework's floor of JavaScript, #17). Client components use `Link` from ./navigation.
 */
export async function Link({ href, locale, ...props }: Props) {
  return <NextLink href={getPathname({ href, locale: locale ?? ((await getLocale()) as Locale) })} {...props} />;
}
