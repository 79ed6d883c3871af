// Next.js's cache for rendered public pages and cached data. Loaded by Next itself (next.config.js), so it
// is plain JavaScript and reads REDIS_URL on its own (lib/config.ts validates the same variable at start).
//
// With REDIS_URL every instance shares one cache in Redis: a page rendered by one instance is served by all,
// and an organizer's change (revalidateTag) is seen by all at once. Without it (the embedded default, or a
// single instance), an in-process LRU does the same job for this process alone.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createClient } from '@redis/client';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';

/** Pages of one build over one database: another build or another database never reads these keys. */
function keyPrefix() {
  const build = fs.readFileSync(path.join(process.cwd(), '.next', 'BUILD_ID'), 'utf8').trim();
  const database = createHash('sha256')
    .update(process.env.DATABASE_URL ?? '')
    .digest('hex')
    .slice(0, 12);
  return `portal:${build}:${database}:`;
}

async function connect(url) {
  const client = createClient({ url, pingInterval: 10_000, socket: { connectTimeout: 3_000, reconnectStrategy: (n) => Math.min(n * 200, 2_000) } });
  client.on('error', () => undefined); // reconnects by itself; the handler answers misses meanwhile
  await client.connect();
  return client;
}

CacheHandler.onCreation(async () => {
  const holder = globalThis;
  holder.__portalCache ??= (async () => {
    const url = process.env.REDIS_URL;
    if (!url || process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return { handlers: [createLruHandler()] };
    try {
      const client = await connect(url);
      return { handlers: [createRedisHandler({ client, keyPrefix: keyPrefix(), timeoutMs: 1_000 })] };
    } catch {
      console.error('cache: Redis at REDIS_URL is unreachable; this instance caches in its own memory until restarted');
      return { handlers: [createLruHandler()] };
    }
  })();
  return holder.__portalCache;
});

export default CacheHandler;
