import { and, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { events, registrations } from '@/db/schema';
import type { Locale } from '@/i18n/locales';
import { hashToken } from '@/lib/crypto';
import { loadEventPage, type EventPage } from './events';

export interface ClosedRegistration {
  state: 'cancelled' | 'erased';
  at: string;
  event: EventPage;
}

/** An erased registration's address is replaced by this marker (db/queries/privacy.ts). */
export const ERASED_PREFIX = 'erased-';

/**
 * A private link to a registration that was cancelled or erased: the page says so and when, instead of
 * "page not found" (U3). Nothing personal is left to show; an erased row keeps only its link's hash.
 */
export async function loadClosedRegistration(db: Database, token: string, locale: Locale): Promise<ClosedRegistration | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const [row] = await db
    .select({ email: registrations.emailNormalized, at: registrations.cancelledAt, slug: events.slug })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.managementTokenHash, hashToken(token)), eq(registrations.status, 'cancelled'), isNotNull(registrations.cancelledAt)));
  if (!row) return null;
  const event = await loadEventPage(db, row.slug, locale);
  if (!event) return null;
  return { state: row.email.startsWith(ERASED_PREFIX) ? 'erased' : 'cancelled', at: row.at!.toISOString(), event };
}
