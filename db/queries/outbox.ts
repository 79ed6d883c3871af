import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { outboundEmails, registrations } from '@/db/schema';
import { type Locale } from '@/i18n/locales';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import { hashToken, managementToken } from '@/lib/crypto';
import { recordAudit, recordAudits } from './audit';

/** Every kind of e-mail the outbox sends; each has its composer in the table of server/mail/compose.ts. */
export type EmailKind =
  | 'confirmation'
  | 'duplicate'
  | 'approved'
  | 'rejected'
  | 'promoted'
  | 'cancelled'
  | 'changed'
  | 'itinerary'
  | 'eventCancelled'
  | 'visitCancelled'
  | 'delegationSummary'
  | 'delegationItinerary'
  | 'visaLetter'
  | 'visaLetterRefused'
  | 'visaLetterRevoked'
  | 'announcement'
  | 'reminder';

export interface QueuedEmail {
  kind: EmailKind;
  registrationId: string;
  locale: Locale;
  to: string;
  payload?: Record<string, unknown>;
}

/** Called inside the transaction that causes the e-mail: both commit, or neither; the registration's history names it (U12). */
export async function enqueueEmail(tx: Database, email: QueuedEmail) {
  await enqueueEmails(tx, [email]);
}

/** Many e-mails in the same transaction (a batch send): the rows and their audit entries in statements of 500. */
export async function enqueueEmails(tx: Database, emails: QueuedEmail[]) {
  for (let i = 0; i < emails.length; i += 500) {
    const chunk = emails.slice(i, i + 500);
    await tx.insert(outboundEmails).values(
      chunk.map((email) => ({
        kind: email.kind,
        registrationId: email.registrationId,
        locale: email.locale,
        toAddress: email.to,
        payload: email.payload ?? {},
      })),
    );
    await recordAudits(
      tx,
      chunk.map((email) => emailAudit(email.registrationId, email.kind)),
    );
  }
}

/** The audit entry of an e-mail queued about a registration (its kind, never its address or content). */
export const emailAudit = (registrationId: string, kind: EmailKind) =>
  ({ actorId: null, action: 'email.queued', entityType: 'registration', entityId: registrationId, after: { emailKind: kind } }) as const;

/** How far a bulk send has got: the worker keeps going whether or not anyone watches. */
export async function batchProgress(db: Database, batch: string) {
  const rows = await db
    .select({ status: outboundEmails.status, n: count() })
    .from(outboundEmails)
    .where(sql`${outboundEmails.payload}->>'batch' = ${batch}`)
    .groupBy(outboundEmails.status);
  const total = rows.reduce((sum, r) => sum + r.n, 0);
  const of = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
  return { total, sent: of('sent'), failed: of('failed'), queued: total - of('sent') - of('failed') };
}

/** Send any earlier e-mail again: a new outbox row of the same kind, rendered from today's data, audited in the same transaction. */
export async function resendEmail(db: Database, actorId: string | null, emailId: number) {
  const [row] = await db.select().from(outboundEmails).where(eq(outboundEmails.id, emailId));
  if (!row?.registrationId) return false;
  const registrationId = row.registrationId;
  return db.transaction(async (tx) => {
    const [registration] = await tx
      .select({ email: registrations.email, status: registrations.status })
      .from(registrations)
      .where(eq(registrations.id, registrationId))
      .for('update');
    if (!registration) return false;
    // A new link for an active registration: the one in every earlier message (and any old address) stops working.
    if (ACTIVE_REGISTRATION_STATUSES.includes(registration.status as never)) await rotateManagementLink(tx, registrationId);
    // Always to the address on file now, never to one the delegate has since replaced.
    await enqueueEmail(tx, { kind: row.kind as EmailKind, registrationId, locale: row.locale, to: registration.email, payload: row.payload });
    await recordAudit(tx, { actorId, action: 'email.resend', entityType: 'email', entityId: String(emailId) });
    return true;
  });
}

/** Bumps the link version: the previous link answers "not found" from now on. Audited without an actor. */
export async function rotateManagementLink(tx: Database, registrationId: string) {
  const [row] = await tx
    .update(registrations)
    .set({ tokenVersion: sql`${registrations.tokenVersion} + 1` })
    .where(eq(registrations.id, registrationId))
    .returning({ version: registrations.tokenVersion });
  const token = managementToken(registrationId, row!.version);
  await tx
    .update(registrations)
    .set({ managementTokenHash: hashToken(token) })
    .where(eq(registrations.id, registrationId));
  await recordAudit(tx, { actorId: null, action: 'registration.new-link', entityType: 'registration', entityId: registrationId });
  return token;
}

/** A failed message goes back to the queue for a fresh set of tries, on the record. */
export async function retryFailedEmail(db: Database, actorId: string, emailId: number) {
  return db.transaction(async (tx) => {
    const updated = await tx
      .update(outboundEmails)
      .set({ status: 'queued', attempts: 0, nextAttemptAt: new Date(), lastError: null })
      .where(and(eq(outboundEmails.id, emailId), eq(outboundEmails.status, 'failed')))
      .returning({ id: outboundEmails.id });
    if (updated.length === 0) return false;
    await recordAudit(tx, { actorId, action: 'email.retry', entityType: 'email', entityId: String(emailId) });
    return true;
  });
}
