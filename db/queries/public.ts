import 'server-only';
import { unstable_cache } from 'next/cache';
import { getDb } from '@/db/client';
import type { Locale } from '@/i18n/locales';
import { loadEventCards, loadEventPage, loadSitemapEntries } from './events';

/**
 * Public pages read through this cache, never the database per request.
 * Every change to events or seats revalidates the `events` tag (see server/revalidate.ts).
 * `unstable_cache`, not `'use cache'`: that directive needs `cacheComponents`, which this app does not turn on,
 * and it stores through `cacheHandlers`, not the shared Redis `cacheHandler` (next.config.js) every instance reads.
 */
export const EVENTS_TAG = 'events';

export const getEventCards = unstable_cache(async (locale: Locale) => loadEventCards(await getDb(), locale), ['event-cards'], { tags: [EVENTS_TAG] });

export const getEventPage = unstable_cache(async (slug: string, locale: Locale) => loadEventPage(await getDb(), slug, locale), ['event-page'], {
  tags: [EVENTS_TAG],
});

export const getSitemapEntries = unstable_cache(
  async () => (await loadSitemapEntries(await getDb())).map((e) => ({ ...e, updatedAt: e.updatedAt.toISOString() })),
  ['sitemap'],
  { tags: [EVENTS_TAG] },
);
