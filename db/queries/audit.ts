import type { Database } from '@/db/types';
import { auditEntries } from '@/db/schema';
import type { AuditAction } from '@/lib/domain';

/**
 * Writing the audit log. Only db/queries calls these, inside the transaction of the change they describe
 * (app/ may not import this file: eslint.config.mjs); the log is read through ./audit-log.
 */
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
