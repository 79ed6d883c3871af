import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/types';
import { auditEntries, eventTranslations, events, organizers, registrations } from '@/db/schema';
import type { AuditAction } from '@/lib/domain';

interface AuditEntry {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Who changed what, when, with the values before and after. Written in the transaction of the change. */
export async function recordAudit(tx: Database, entry: AuditEntry) {
  await recordAudits(tx, [entry]);
}

/** Many entries in one statement (a batch of e-mails queued together). */
export async function recordAudits(tx: Database, entries: AuditEntry[]) {
  if (entries.length === 0) return;
  await tx.insert(auditEntries).values(entries.map((entry) => ({ ...entry, before: entry.before ?? null, after: entry.after ?? null })));
}

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
