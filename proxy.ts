import createMiddleware from 'next-intl/middleware';
import { type NextRequest, NextResponse } from 'next/server';
import { routing } from './i18n/routing';
import { benchPagesShown, isBenchPage } from './lib/bench-pages';

const intl = createMiddleware(routing);

/**
 * Every page gets a fresh nonce and a strict Content-Security-Policy (no inline script without it).
 * Next reads the nonce from the request's CSP header and puts it on its own scripts.
 */
export default function proxy(request: NextRequest) {
  // The benchmark's ceiling pages exist only for `npm run bench`, which starts the server with BENCH_PAGES=1.
  // A path that is not valid percent-encoded UTF-8 (/en/events/%ff%fe) is a plain 400, not a 500.
  if (!decodable(request.nextUrl.pathname)) return new NextResponse('Bad request', { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  if (isBenchPage(request.nextUrl.pathname)) {
    return benchPagesShown() ? NextResponse.next() : new NextResponse(null, { status: 404 });
  }
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV !== 'production';
  const csp = [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? ` 'unsafe-eval'` : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `media-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ');
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
