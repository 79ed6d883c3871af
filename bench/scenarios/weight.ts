import { gzipSync } from 'node:zlib';
import { LOCALES } from './pages';

const ROUTES = ['', '/events', '/events/northeast-asia-belt-and-road-2027', '/events/northeast-asia-belt-and-road-2027/register'];

/** First-load JavaScript (gzip) of each public route, as the browser fetches it from the production build. */
export async function javascriptWeight(base: string) {
  const out: Record<string, { scripts: number; jsGzipKb: number; messagesGzipKb: number }> = {};
  const cache = new Map<string, number>();
  for (const route of ROUTES) {
    const html = await (await fetch(`${base}/en${route}`)).text();
    const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!))];
    let total = 0;
    for (const src of sources) {
      if (!cache.has(src)) cache.set(src, gzipSync(Buffer.from(await (await fetch(base + src)).arrayBuffer())).length);
      total += cache.get(src)!;
    }
    out[route || '/'] = { scripts: sources.length, jsGzipKb: total / 1024, messagesGzipKb: await messagesWeight(route) };
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
