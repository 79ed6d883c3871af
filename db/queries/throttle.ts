import { inArray } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { signInThrottle } from '@/db/schema';
import { hashToken } from '@/lib/crypto';
import { afterFailure, throttleKeys, waitSeconds } from '@/lib/sign-in-throttle';

/** Who is trying (the address typed or the account's own) and from where; `now` for tests. */
export interface Attempt {
  ip?: string;
  now?: Date;
}

const keysOf = (email: string, attempt: Attempt) => throttleKeys(email, attempt.ip ?? 'unknown').map((k) => ({ ...k, hash: hashToken(k.key) }));

async function bucketsOf(db: Database, hashes: string[]) {
  const rows = await db.select().from(signInThrottle).where(inArray(signInThrottle.keyHash, hashes));
  return new Map(rows.map((r) => [r.keyHash, r]));
}

/** Seconds this address must wait from this client before its next password or code is looked at (0: go ahead). */
export async function throttleWait(db: Database, email: string, attempt: Attempt = {}) {
  const now = attempt.now ?? new Date();
  const keys = keysOf(email, attempt);
  const buckets = await bucketsOf(
    db,
    keys.map((k) => k.hash),
  );
  return Math.max(...keys.map((k) => waitSeconds(buckets.get(k.hash), k.burst, now)));
}

/** A wrong password or code: one more in each bucket (keys are hashed: no address is stored in the clear). */
export async function recordFailure(db: Database, email: string, attempt: Attempt = {}) {
  const now = attempt.now ?? new Date();
  const keys = keysOf(email, attempt);
  const buckets = await bucketsOf(
    db,
    keys.map((k) => k.hash),
  );
  for (const k of keys) {
    const next = afterFailure(buckets.get(k.hash), now);
    await db
      .insert(signInThrottle)
      .values({ keyHash: k.hash, ...next })
      .onConflictDoUpdate({ target: signInThrottle.keyHash, set: next });
  }
}

/** A good sign-in empties the buckets of that address. */
export async function clearFailures(db: Database, email: string, attempt: Attempt = {}) {
  await db.delete(signInThrottle).where(
    inArray(
      signInThrottle.keyHash,
      keysOf(email, attempt).map((k) => k.hash),
    ),
  );
}
