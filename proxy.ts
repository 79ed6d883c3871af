import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from '@/i18n/routing';
import { filterSegment, parseEventFilter } from '@/lib/event-filter';
import { benchPagesShown, isBenchPage } from '@/server/bench-pages';

const intl = createMiddleware(routing);

const strict = [
  `style-src 'self' 'unsafe-inline'`,
  `img-src 'self' data: blob:`,
  `font-src 'self'`,
  `connect-src 'self'`,
  `media-src 'self' blob:`,
  `object-src 'none'`,
  `base-uri 'none'`,
  `form-action 'self'`,
  `frame-ancestors 'none'`,
];
const dev = process.env.NODE_ENV !== 'production';

/**
 * Public pages are rendered once and cached, so they cannot carry a per-request nonce: they get a static
 * policy that allows the framework's inline scripts (see SECURITY.md, "Content-Security-Policy"). Signed-in
 * and personal pages (back office, a delegate's own link) keep a fresh nonce with 'strict-dynamic'.
 */
const PRIVATE = new RegExp(`^/(${routing.locales.join('|')})/(admin|registration|stop)(/|$)`);
const PUBLIC_CSP = [`default-src 'self'`, `script-src 'self' 'unsafe-inline'${dev ? ` 'unsafe-eval'` : ''}`, ...strict].join('; ');
const EVENT_LIST = new RegExp(`^/(${routing.locales.join('|')})/events/?$`);
const LOCALIZED = new RegExp(`^/(${routing.locales.join('|')})(/|$)`);

export default function proxy(request: NextRequest) {
  // A path that is not valid percent-encoded UTF-8 (/en/events/%ff%fe) is a plain 400, not a 500.
  if (!decodable(request.nextUrl.pathname)) return new NextResponse('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  // The benchmark's ceiling pages exist only for `npm run bench`, which starts the server with BENCH_PAGES=1.
  if (isBenchPage(request.nextUrl.pathname)) {
    return benchPagesShown() ? NextResponse.next() : new NextResponse(null, { status: 404 });
  }
  const { pathname, searchParams } = request.nextUrl;
  if (!PRIVATE.test(pathname)) {
    const list = pathname.match(EVENT_LIST);
    // The event list's filters live in the query; the cache keys pages by path, so the query becomes one.
    // A public page with its locale in the path needs nothing from next-intl's middleware (the page sets its
    // locale itself, pageLocale): it is served straight from the cache. Only a path without one is redirected.
    const response = list
      ? NextResponse.rewrite(new URL(`/${list[1]}/event-list/${filterSegment(parseEventFilter(Object.fromEntries(searchParams)))}`, request.url))
      : LOCALIZED.test(pathname)
        ? NextResponse.next()
        : intl(request);
    response.headers.set('Content-Security-Policy', PUBLIC_CSP);
    return response;
  }
  const nonce = btoa(crypto.randomUUID());
  const csp = [`default-src 'self'`, `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`, ...strict].join('; ');
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  request.headers.set('content-security-policy', csp);
  request.headers.set('x-nonce', nonce);
  const response = intl(request);
  response.headers.set('Content-Security-Policy', csp);
  return response;
}

function decodable(pathname: string) {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Everything but API routes, Next internals and files with an extension (sitemap.xml, robots.txt, icons).
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
