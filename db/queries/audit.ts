import { and, desc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { auditEntries, organizers } from '../schema';
import type { AuditAction } from '@/lib/domain';

/** Who changed what, when, with the values before and after. Written in the transaction of the change. */
export async function recordAudit(tx: Database, entry: {
  actorId: string | null; action: AuditAction; entityType: string; entityId: string; before?: unknown; after?: unknown;
}) {
  await tx.insert(auditEntries).values({ ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

export async function loadAudit(db: Database, filter: { entityType?: string; entityId?: string; limit?: number } = {}) {
  return db.select({
    id: auditEntries.id, action: auditEntries.action, entityType: auditEntries.entityType, entityId: auditEntries.entityId,
    before: auditEntries.before, after: auditEntries.after, createdAt: auditEntries.createdAt,
    actor: organizers.name, actorEmail: organizers.email,
  }).from(auditEntries).leftJoin(organizers, eq(organizers.id, auditEntries.actorId))
    .where(and(
      filter.entityType ? eq(auditEntries.entityType, filter.entityType) : undefined,
      filter.entityId ? eq(auditEntries.entityId, filter.entityId) : undefined,
    ))
    .orderBy(desc(auditEntries.id)).limit(filter.limit ?? 200);
}
