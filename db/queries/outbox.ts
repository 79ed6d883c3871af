import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { type Locale, outboundEmails } from '../schema';

export const EMAIL_KINDS = [
  'confirmation', 'duplicate', 'approved', 'rejected', 'promoted', 'cancelled', 'changed', 'itinerary',
  'eventCancelled', 'visitCancelled',
] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export interface QueuedEmail {
  kind: EmailKind;
  registrationId: string;
  locale: Locale;
  to: string;
  payload?: Record<string, unknown>;
}

/** Called inside the transaction that causes the e-mail: both commit, or neither. */
export async function enqueueEmail(tx: Database, email: QueuedEmail) {
  await tx.insert(outboundEmails).values({
    kind: email.kind,
    registrationId: email.registrationId,
    locale: email.locale,
    toAddress: email.to,
    payload: email.payload ?? {},
  });
}

/** How far a bulk send has got: the worker keeps going whether or not anyone watches. */
export async function batchProgress(db: Database, batch: string) {
  const rows = await db.select({ status: outboundEmails.status, n: count() }).from(outboundEmails)
    .where(sql`${outboundEmails.payload}->>'batch' = ${batch}`).groupBy(outboundEmails.status);
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return { total, sent: of('sent'), failed: of('failed'), queued: total - of('sent') - of('failed') };
}

/** Send any earlier e-mail again: a new outbox row of the same kind, rendered from today's data. */
export async function resendEmail(db: Database, emailId: number) {
  const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, emailId));
  if (!row?.registrationId) return false;
  await enqueueEmail(db, { kind: row.kind as EmailKind, registrationId: row.registrationId, locale: row.locale, to: row.toAddress, payload: row.payload });
  return true;
}

/** A failed message goes back to the queue for a fresh set of tries. */
export async function retryFailedEmail(db: Database, emailId: number) {
  const updated = await db.update(outboundEmails).set({ status: 'queued', attempts: 0, nextAttemptAt: new Date(), lastError: null })
    .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, 'failed'))).returning({ id: outboundEmails.id });
  return updated.length > 0;
}
