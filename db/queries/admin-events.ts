import { asc, count, desc, eq } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventTranslations, events, registrations } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { pickRow } from '@/lib/localized';
import { isUuid } from '@/lib/ids';

/** Every event, drafts included, with its title in the organizer's language and counts by status. */
export async function adminEventList(db: Database, locale: Locale) {
  const [rows, translations, counts] = await Promise.all([
    db.select().from(events).orderBy(desc(events.startsAt)),
    db.select({ eventId: eventTranslations.eventId, locale: eventTranslations.locale, title: eventTranslations.title }).from(eventTranslations),
    db
      .select({ eventId: registrations.eventId, status: registrations.status, n: count() })
      .from(registrations)
      .groupBy(registrations.eventId, registrations.status),
  ]);
  return rows.map((e) => {
    const own = translations.filter((t) => t.eventId === e.id);
    const title = pickRow(own, locale, e.sourceLocale);
    const of = (status: string) => counts.find((c) => c.eventId === e.id && c.status === status)?.n ?? 0;
    return {
      id: e.id,
      slug: e.slug,
      kind: e.kind,
      status: e.status,
      startsAt: e.startsAt.toISOString(),
      endsAt: e.endsAt.toISOString(),
      timeZone: e.timeZone,
      capacity: e.capacity,
      title: title?.title ?? e.slug,
      titleLang: title?.locale ?? e.sourceLocale,
      locales: own.map((t) => t.locale),
      counts: { confirmed: of('confirmed'), pending: of('pending'), waitlisted: of('waitlisted'), cancelled: of('cancelled') + of('rejected') },
    };
  });
}

export async function adminEvent(db: Database, id: string, locale: Locale) {
  if (!isUuid(id)) return null;
  const [e] = await db.select().from(events).where(eq(events.id, id));
  if (!e) return null;
  const translations = await db.select().from(eventTranslations).where(eq(eventTranslations.eventId, id)).orderBy(asc(eventTranslations.locale));
  const title = pickRow(translations, locale, e.sourceLocale);
  return { ...e, title: title?.title ?? e.slug, titleLang: title?.locale ?? e.sourceLocale, translations };
}
