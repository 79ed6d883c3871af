import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { load, type LoadResult } from '../load';
import type { Server } from '../server';

export const LOCALES = ['zh', 'en', 'ko', 'ja', 'ru'] as const;
export const EVENT_PATH = (locale: string) => `/${locale}/events/northeast-asia-belt-and-road-2027`;
const connections = 50;
const duration = 10;

/** The same HTML bytes from a bare Node server: what this machine can serve at all. */
export async function physicalCeiling(html: Buffer): Promise<LoadResult> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': html.length });
    res.end(html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const result = await load({ url, connections, duration, warmupS: 2 });
  server.close();
  return result;
}

/** A page Next prerendered at build time (app/bench-ceiling): the framework's own ceiling. */
export const frameworkCeiling = (server: Server) => load({ url: `${server.url}/bench-ceiling`, connections, duration, warmupS: 2 });

/** The same page rendered on every request: what Next costs when a page cannot come from cache. */
export const dynamicCeiling = (server: Server) => load({ url: `${server.url}/bench-ceiling/dynamic`, connections, duration, warmupS: 2 });

/** A cached page and the framework ceiling measured right before it: their ratio is not moved by the
 * machine's load drifting between two measurements taken a minute apart (the two cores are shared). */
export interface PagePair extends LoadResult {
  ceiling: LoadResult;
}

async function besideCeiling(server: Server, path: string): Promise<PagePair> {
  const ceiling = await frameworkCeiling(server);
  return { ...(await load({ url: server.url + path, connections, duration, warmupS: 2 })), ceiling };
}

export async function eventPages(server: Server) {
  const results: Record<string, PagePair> = {};
  for (const locale of LOCALES) results[locale] = await besideCeiling(server, EVENT_PATH(locale));
  return results;
}

export async function pageBytes(url: string) {
  return Buffer.from(await (await fetch(url)).arrayBuffer());
}

/** The home page and the event list with a filter: cached pages like the event page (target ≥ 0.8 of the ceiling). */
export async function listPages(server: Server) {
  return {
    home: await besideCeiling(server, '/en'),
    filteredList: await besideCeiling(server, '/en/events?kind=conference&year=2027'),
  };
}
