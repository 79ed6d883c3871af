/**
 * The sign-in slow-down as a leaky bucket: each failed password or code adds one, and one drains away
 * every `DRAIN_MS`. A bucket at its burst refuses tries until one has drained. So a guesser gets
 * `burst` quick tries and then one per interval, while a wrong try now and then (one every quarter
 * hour, say) drains away before the next and never keeps the real organizer out.
 */
export const DRAIN_MS = 3 * 60_000;
/** Quick failures for one address from one client. */
export const CLIENT_BURST = 5;
/** Quick failures for one address from all clients together: a single client cannot fill it alone. */
const ADDRESS_BURST = 20;

export interface Bucket {
  level: number;
  updatedAt: Date;
}

/** The bucket as it stands at `now`: whole intervals drained, the remainder kept for later. */
export function drained(bucket: Bucket | undefined, now: Date): Bucket {
  if (!bucket) return { level: 0, updatedAt: now };
  const intervals = Math.max(0, Math.floor((now.getTime() - bucket.updatedAt.getTime()) / DRAIN_MS));
  if (intervals >= bucket.level) return { level: 0, updatedAt: now };
  return { level: bucket.level - intervals, updatedAt: new Date(bucket.updatedAt.getTime() + intervals * DRAIN_MS) };
}

export function afterFailure(bucket: Bucket | undefined, now: Date): Bucket {
  const current = drained(bucket, now);
  return { level: current.level + 1, updatedAt: current.updatedAt };
}

/** Seconds until the next try is allowed; 0 while the bucket is below its burst. */
export function waitSeconds(bucket: Bucket | undefined, burst: number, now: Date): number {
  const current = drained(bucket, now);
  if (current.level < burst) return 0;
  const until = current.updatedAt.getTime() + (current.level - burst + 1) * DRAIN_MS;
  return Math.max(1, Math.ceil((until - now.getTime()) / 1000));
}

/**
 * The buckets one try touches: the address (known or not, so an unknown address and a locked account
 * answer alike) and the address from this client.
 */
export function throttleKeys(email: string, client: string) {
  const address = email.trim().toLowerCase();
  return [
    { key: `address:${address}`, burst: ADDRESS_BURST },
    { key: `client:${client}:${address}`, burst: CLIENT_BURST },
  ];
}
