import { gzipSync } from 'node:zlib';
import { LOCALES } from './pages';

const ROUTES = ['', '/events', '/events/northeast-asia-belt-and-road-2027', '/events/northeast-asia-belt-and-road-2027/register'];
const CEILING = '/bench-ceiling';

/** First-load JavaScript (gzip) of each public route, as the browser fetches it from the production build. */
export async function javascriptWeight(base: string) {
  const out: Record<string, { scripts: number; jsGzipKb: number; messagesGzipKb: number }> = {};
  const cache = new Map<string, number>();
  for (const route of [...ROUTES, CEILING]) {
    const html = await (await fetch(route === CEILING ? base + CEILING : `${base}/en${route}`)).text();
    // Modern browsers skip noModule scripts (legacy polyfills), so they are not first-load JavaScript.
    const sources = [
      ...new Set(
        [...html.matchAll(/<script[^>]*>/g)]
          .map((m) => m[0])
          .filter((tag) => !/nomodule/i.test(tag))
          .map((tag) => tag.match(/src="([^"]+)"/)?.[1])
          .filter((src): src is string => Boolean(src)),
      ),
    ];
    let total = 0;
    for (const src of sources) {
      if (!cache.has(src)) cache.set(src, gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length);
      total += cache.get(src)!;
    }
    out[route === CEILING ? `${CEILING} (framework floor: no client code)` : route || '/'] = {
      scripts: sources.length,
      jsGzipKb: total / 1024,
      messagesGzipKb: route === CEILING ? 0 : await messagesWeight(route),
    };
  }
  return out;
}

/** The translation messages a route hands to client components (largest locale), gzip. */
async function messagesWeight(route: string) {
  let largest = 0;
  for (const locale of LOCALES) {
    const messages = (await import(`../../messages/${locale}.json`, { with: { type: 'json' } })).default;
    const sent = route.endsWith('/register') ? { Error: messages.Error, RegistrationForm: messages.RegistrationForm } : { Error: messages.Error };
    largest = Math.max(largest, gzipSync(JSON.stringify(sent)).length);
  }
  return largest / 1024;
}
