import type { MetadataRoute } from 'next';
import { getSitemapEntries } from '@/db/queries/public';
import { htmlLang, routing } from '@/i18n/routing';
import { publicUrl } from '@/lib/seo';

// Built from cached data at request time: `next build` never opens the database.
export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = publicUrl();
  const entry = (path: string, lastModified?: string): MetadataRoute.Sitemap =>
    routing.locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      lastModified,
      alternates: {
        languages: {
          ...Object.fromEntries(routing.locales.map((l) => [htmlLang[l], `${base}/${l}${path}`])),
          'x-default': `${base}/${routing.defaultLocale}${path}`,
        },
      },
    }));
  const events = await getSitemapEntries();
  return [...entry(''), ...entry('/events'), ...events.flatMap((e) => entry(`/events/${e.slug}`, e.updatedAt))];
}
