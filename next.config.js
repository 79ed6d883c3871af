import { createRequire } from 'node:module';
import createNextIntlPlugin from 'next-intl/plugin';

const require = createRequire(import.meta.url);

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite and HarfBuzz (PDF font subsetting) ship WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'argon2', 'subset-font', 'harfbuzzjs', 'pdf-lib', '@pdf-lib/fontkit'],
  poweredByHeader: false,
  async headers() {
    const everywhere = [
      { key: 'X-Content-Type-Options', value: 'nosniff' },
      { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { key: 'X-Frame-Options', value: 'DENY' },
      { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=()' },
    ];
    return [
      { source: '/:path*', headers: everywhere },
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: 'https' }],
        headers: [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }],
      },
      // JSON, files and exports: nothing in them may run or be framed.
      { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }] },
      // Rendered per request from cached data (the build never opens the database): a CDN may hold them a minute.
      { source: '/(sitemap.xml|robots.txt)', headers: [{ key: 'Cache-Control', value: 'public, s-maxage=60, stale-while-revalidate=3600' }] },
      {
        source: '/:locale/admin/:path*',
        headers: [
          { key: 'Cache-Control', value: 'no-store' },
          { key: 'X-Robots-Tag', value: 'noindex' },
        ],
      },
      // A letter's verification answers for the letter as it stands now (revoked at once): never cached or indexed.
      {
        source: '/:locale/letters/:path*',
        headers: [
          { key: 'Cache-Control', value: 'no-store' },
          { key: 'X-Robots-Tag', value: 'noindex' },
        ],
      },
      // A delegate's private page: never cached, never leaked through the Referer header.
      {
        source: '/:locale/(registration|stop)/:path*',
        headers: [
          { key: 'Cache-Control', value: 'no-store' },
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex' },
        ],
      },
    ];
  },
  // Rendered public pages and cached data: Redis shared by every instance with REDIS_URL, else this
  // process's memory (cache-handler.mjs). Never Next's own per-process memory layer in front of it, so
  // an invalidation reaches every instance.
  cacheHandler: require.resolve('./cache-handler.mjs'),
  cacheMaxMemorySize: 0,
  // Public pages revalidate every 10 s (app/[locale]/layout.tsx): a CDN may hold them that long and serve
  // them stale for up to an hour while it fetches a fresh copy (s-maxage=10, stale-while-revalidate).
  expireTime: 3600,
};

export default withNextIntl(nextConfig);
