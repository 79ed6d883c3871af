import { createClient } from '@redis/client';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getConfig } from '@/lib/config';

const holder = globalThis as typeof globalThis & { __registrationLimiter?: RateLimiterAbstract };

/**
 * Registration submissions per client address per minute (REGISTRATIONS_PER_MINUTE, default 10): counted in
 * Redis with REDIS_URL, so several instances share one count; in this process's memory otherwise.
 * While Redis is unreachable each instance counts on its own (insuranceLimiter) rather than refusing everyone.
 */
function registrationLimiter() {
  if (holder.__registrationLimiter) return holder.__registrationLimiter;
  const { REGISTRATIONS_PER_MINUTE: points, REDIS_URL } = getConfig();
  const memory = new RateLimiterMemory({ points, duration: 60 });
  if (!REDIS_URL) return (holder.__registrationLimiter = memory);
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 3_000, reconnectStrategy: (n) => Math.min(n * 200, 2_000) } });
  client.on('error', () => undefined); // reconnects by itself; the insurance limiter counts meanwhile
  client.connect().catch(() => undefined);
  holder.__registrationLimiter = new RateLimiterRedis({
    storeClient: client, useRedisPackage: true, keyPrefix: 'portal:rate', points, duration: 60, insuranceLimiter: memory,
  });
  return holder.__registrationLimiter;
}

/** Seconds to wait, or 0 when the request may go ahead. */
export async function limitRegistration(ip: string): Promise<number> {
  try {
    await registrationLimiter().consume(ip);
    return 0;
  } catch (rejection) {
    const ms = (rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000;
    return Math.max(1, Math.ceil(ms / 1000));
  }
}

const lookups = globalThis as typeof globalThis & { __letterLookupLimiter?: RateLimiterAbstract };

/**
 * Verification-page lookups per client address: 30 a minute, plenty for a consulate clerk scanning letters,
 * too few to walk the code space. Shares Redis with the registration limiter when REDIS_URL is set.
 */
function letterLookupLimiter() {
  if (lookups.__letterLookupLimiter) return lookups.__letterLookupLimiter;
  const memory = new RateLimiterMemory({ points: 30, duration: 60, keyPrefix: 'letters' });
  const { REDIS_URL } = getConfig();
  if (!REDIS_URL) return (lookups.__letterLookupLimiter = memory);
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 3_000, reconnectStrategy: (n) => Math.min(n * 200, 2_000) } });
  client.on('error', () => undefined);
  client.connect().catch(() => undefined);
  return (lookups.__letterLookupLimiter = new RateLimiterRedis({
    storeClient: client, useRedisPackage: true, keyPrefix: 'portal:letters', points: 30, duration: 60, insuranceLimiter: memory,
  }));
}

/** Seconds to wait before the next verification lookup, or 0. */
export async function limitLetterLookup(ip: string): Promise<number> {
  try {
    await letterLookupLimiter().consume(ip);
    return 0;
  } catch (rejection) {
    return Math.max(1, Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000) / 1000));
  }
}
