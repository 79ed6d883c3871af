import { createClient } from '@redis/client';
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { getConfig } from '@/lib/config';

const holder = globalThis as typeof globalThis & { __limiters?: Map<string, RateLimiterAbstract> };

/**
 * A limiter per purpose: counted in Redis with REDIS_URL, so several instances share one count; in this
 * process's memory otherwise. While Redis is unreachable each instance counts on its own (insuranceLimiter)
 * rather than refusing everyone.
 */
function limiter(name: string, points: number, duration: number) {
  holder.__limiters ??= new Map();
  const known = holder.__limiters.get(name);
  if (known) return known;
  const { REDIS_URL } = getConfig();
  const memory = new RateLimiterMemory({ points, duration });
  let made: RateLimiterAbstract = memory;
  if (REDIS_URL) {
    const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 3_000, reconnectStrategy: (n) => Math.min(n * 200, 2_000) } });
    client.on('error', () => undefined); // reconnects by itself; the insurance limiter counts meanwhile
    client.connect().catch(() => undefined);
    made = new RateLimiterRedis({
      storeClient: client,
      useRedisPackage: true,
      keyPrefix: `portal:${name}`,
      points,
      duration,
      insuranceLimiter: memory,
    });
  }
  holder.__limiters.set(name, made);
  return made;
}

const registrationLimiter = () => limiter('rate', getConfig().REGISTRATIONS_PER_MINUTE, 60);

const waitOf = (rejection: unknown) => Math.max(1, Math.ceil(((rejection as { msBeforeNext?: number }).msBeforeNext ?? 60_000) / 1000));

/** Registration submissions per client address per minute (REGISTRATIONS_PER_MINUTE, default 10). Seconds to wait, or 0. */
export async function limitRegistration(ip: string): Promise<number> {
  try {
    await registrationLimiter().consume(ip);
    return 0;
  } catch (rejection) {
    return waitOf(rejection);
  }
}

/** Wrong access codes per client address: a few typing mistakes pass, guessing does not. */
const ACCESS_CODE_FAILURES = 5;
const accessCodeLimiter = () => limiter('access-code', ACCESS_CODE_FAILURES, 15 * 60);

/** Seconds this address must wait before its next access code is even looked up, or 0. */
export async function accessCodeWait(ip: string): Promise<number> {
  const res = await accessCodeLimiter()
    .get(ip)
    .catch(() => null);
  return res && res.consumedPoints >= ACCESS_CODE_FAILURES ? waitOf(res) : 0;
}

/** Count one wrong code. */
export async function recordWrongAccessCode(ip: string) {
  await accessCodeLimiter()
    .consume(ip)
    .catch(() => undefined);
}

/**
 * Visa letter verification lookups per client address: 30 a minute, plenty for a consulate clerk scanning
 * letters, too few to walk the code space. Seconds to wait, or 0.
 */
export async function limitLetterLookup(ip: string): Promise<number> {
  try {
    await limiter('letters', 30, 60).consume(ip);
    return 0;
  } catch (rejection) {
    return waitOf(rejection);
  }
}
