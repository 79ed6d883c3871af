import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { publicUrl } from '@/lib/seo';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: '/',
      // The back office and delegates' private links are never for crawlers.
      disallow: ['/api/', '/bench-ceiling', ...routing.locales.flatMap((l) => [`/${l}/admin`, `/${l}/registration/`])],
    },
    sitemap: `${publicUrl()}/sitemap.xml`,
  };
}
