import type { Database } from '@/db/types';
import { claimDueEmails, loadMailContext, markFailed, markSent } from '@/db/queries/mail';
import type { OutboundEmail } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { safeErrorLabel } from '@/server/http';
import { delegationToken, managementToken, stopToken } from '@/lib/crypto';
import { announcementById, hasStoppedAnnouncements } from '@/db/queries/announcements';
import type { MailContext } from '@/lib/mail-context';
import { composeEmail } from './compose';
import type { MailExtras } from './frame';
import { loadLetterAttachment } from './letter-attachment';
import { isLetterKind } from './letter-compose';
import { redactToken } from './redact';
import { buildRaw, createTransport, isPermanent, type MailTransport } from './transport';

const LEASE_MS = 120_000;

export interface DrainResult {
  sent: number;
  failed: number;
  retried: number;
}

/** Exponential backoff with full jitter: base · 2^(attempt-1), at most an hour. */
function retryDelay(attempt: number, base = getConfig().MAIL_RETRY_BASE_MS) {
  const ceiling = Math.min(3_600_000, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** Claim one batch and deliver it. Returns what happened, so loops know whether to go on at once. */
export async function drainOnce(db: Database, transport: MailTransport, batchSize = 20): Promise<DrainResult & { claimed: number }> {
  const rows = await claimDueEmails(db, batchSize, LEASE_MS);
  const result = { claimed: rows.length, sent: 0, failed: 0, retried: 0 };
  await Promise.all(
    rows.map(async (row) => {
      const outcome = await deliver(db, transport, row);
      result[outcome]++;
    }),
  );
  return result;
}

/** Drain until nothing is due, on a transport of its own (one-off runs: the benchmark, tests). Returns how many were claimed. */
export async function drainUntilEmpty(db: Database, batchSize = 20) {
  const transport = createTransport();
  let claimed = 0;
  try {
    for (let batch = await drainOnce(db, transport, batchSize); batch.claimed > 0; batch = await drainOnce(db, transport, batchSize)) {
      claimed += batch.claimed;
    }
  } finally {
    transport.close();
  }
  return claimed;
}

async function deliver(db: Database, transport: MailTransport, row: OutboundEmail): Promise<keyof DrainResult> {
  const config = getConfig();
  try {
    const context = row.registrationId ? await loadMailContext(db, row.registrationId) : null;
    if (!context) {
      await markFailed(db, row.id, 'registration no longer exists', null);
      return 'failed';
    }
    const extras = await extrasFor(db, row, context);
    if (typeof extras === 'string') {
      await markFailed(db, row.id, extras, null);
      return 'failed';
    }
    const composed = await composeEmail(row, context, extras);
    const attachments = composed.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType, cid: a.cid }));
    const host = new URL(config.PUBLIC_URL).hostname;
    const raw = await buildRaw({
      // The display name speaks the delegate's language; the address is MAIL_FROM's.
      from: { name: composed.fromName, address: extractAddress(config.MAIL_FROM) },
      to: row.toAddress,
      subject: composed.subject,
      text: composed.text,
      html: composed.html,
      attachments,
      // Stable per outbox row: a retry after an uncertain send is the same message to the recipient's client.
      messageId: `<outbox-${row.id}@${host}>`,
      headers: { 'Auto-Submitted': 'auto-generated', ...composed.headers },
    });
    const delivery = await transport.send({ from: extractAddress(config.MAIL_FROM), to: row.toAddress }, raw, row.id);
    // The log keeps what went out, minus the personal link: whoever reads the outbox cannot act as the delegate.
    // The delegation page's link and the stop link go too: whoever reads the log cannot act for the delegate.
    const delegationLink = context.delegation && delegationToken(context.delegation.id, context.delegation.tokenVersion);
    const hide = (text: string) => {
      const hidden = redactToken(
        redactToken(text, managementToken(context.registration.id, context.registration.tokenVersion)),
        stopToken(context.registration.id),
      );
      return delegationLink ? redactToken(hidden, delegationLink) : hidden;
    };
    const storedHeaders = Object.fromEntries(Object.entries(composed.headers ?? {}).map(([k, v]) => [k, hide(v)]));
    const stored = await buildRaw({
      from: config.MAIL_FROM,
      to: row.toAddress,
      subject: composed.subject,
      text: hide(composed.text),
      html: hide(composed.html),
      attachments: attachments.filter((_, i) => !composed.attachments[i]!.private),
      messageId: `<outbox-${row.id}@${host}>`,
      headers: { 'Auto-Submitted': 'auto-generated', ...storedHeaders },
    });
    await markSent(
      db,
      row.id,
      { subject: composed.subject, text: hide(composed.text), html: hide(composed.html), raw: stored.toString('utf8') },
      delivery.providerMessageId,
    );
    return 'sent';
  } catch (error) {
    const message = describe(error);
    if (isPermanent(error) || row.attempts >= config.MAIL_MAX_ATTEMPTS) {
      await markFailed(db, row.id, message, null);
      return 'failed';
    }
    await markFailed(db, row.id, message, new Date(Date.now() + retryDelay(row.attempts)));
    return 'retried';
  }
}

/** What a letter or an announcement e-mail needs beyond the registration; a string says why the e-mail does not go. */
async function extrasFor(db: Database, row: OutboundEmail, context: MailContext): Promise<MailExtras | string> {
  if (isLetterKind(row.kind)) {
    const letter = await loadLetterAttachment(db, row);
    return letter ? { letter } : 'the letter was revoked, purged or replaced before this e-mail was sent';
  }
  if (row.kind !== 'announcement') return {};
  const id = (row.payload as { announcementId?: string }).announcementId;
  const announcement = id ? await announcementById(db, id) : null;
  if (!announcement) throw new Error('announcement no longer exists');
  // Stopped since it was queued: honoured at once, and the log says why it did not go.
  if (await hasStoppedAnnouncements(db, context.registration.id)) return 'the recipient stopped announcements';
  return { announcement };
}

const extractAddress = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from;

function describe(error: unknown) {
  const e = error as { response?: string; message?: string };
  return (e.response ?? e.message ?? safeErrorLabel(error)).slice(0, 500);
}
