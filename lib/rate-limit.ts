import { RateLimiterMemory } from 'rate-limiter-flexible';
import { getConfig } from './config';

const holder = globalThis as typeof globalThis & { __registrationLimiter?: RateLimiterMemory };

/** Registration submissions per client address per minute (REGISTRATIONS_PER_MINUTE, default 10). */
function registrationLimiter() {
  holder.__registrationLimiter ??= new RateLimiterMemory({ points: getConfig().REGISTRATIONS_PER_MINUTE, duration: 60 });
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
