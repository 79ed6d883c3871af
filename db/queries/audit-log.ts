import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/types';
import { auditEntries, eventTranslations, events, organizers, registrations } from '@/db/schema';

/** Reading the audit log (its writers are in ./audit, for db/queries only). */
export async function loadAudit(db: Database, filter: { entityType?: string; entityId?: string; limit?: number } = {}) {
  // The registration or event an entry is about, so the log can name it instead of showing an id.
  const registration = alias(registrations, 'audit_registration');
  const event = alias(events, 'audit_event');
  const title = alias(eventTranslations, 'audit_title');
  return db
    .select({
      id: auditEntries.id,
      action: auditEntries.action,
      entityType: auditEntries.entityType,
      entityId: auditEntries.entityId,
      before: auditEntries.before,
      after: auditEntries.after,
      createdAt: auditEntries.createdAt,
      actor: organizers.name,
      actorEmail: organizers.email,
      subject: {
        familyName: registration.familyName,
        givenName: registration.givenName,
        patronymic: registration.patronymic,
        reference: registration.reference,
        eventTitle: title.title,
      },
    })
    .from(auditEntries)
    .leftJoin(organizers, eq(organizers.id, auditEntries.actorId))
    .leftJoin(registration, and(eq(auditEntries.entityType, 'registration'), sql`${registration.id}::text = ${auditEntries.entityId}`))
    .leftJoin(event, sql`${event.id}::text = ${auditEntries.entityId} and ${auditEntries.entityType} = 'event'`)
    .leftJoin(title, and(eq(title.eventId, event.id), eq(title.locale, event.sourceLocale)))
    .where(
      and(
        filter.entityType ? eq(auditEntries.entityType, filter.entityType) : undefined,
        filter.entityId ? eq(auditEntries.entityId, filter.entityId) : undefined,
      ),
    )
    .orderBy(desc(auditEntries.id))
    .limit(filter.limit ?? 200);
}
