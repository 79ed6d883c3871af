import type { Database } from '@/db/types';
import { claimDueEmails, loadMailContext, markFailed, markSent } from '@/db/queries/mail';
import { purgePassportData } from '@/db/queries/privacy';
import type { OutboundEmail } from '@/db/schema';
import { getConfig } from '@/lib/config';
import { safeErrorLabel } from '@/server/http';
import { delegationToken, managementToken } from '@/lib/crypto';
import { composeEmail } from './compose';
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
export function retryDelay(attempt: number, base = getConfig().MAIL_RETRY_BASE_MS) {
  const ceiling = Math.min(3_600_000, base * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** Claim one batch and deliver it. Returns what happened, so loops know whether to go on at once. */
export async function drainOnce(db: Database, transport: MailTransport, batchSize = 20): Promise<DrainResult & { claimed: number }> {
  const rows = await claimDueEmails(db, batchSize, LEASE_MS);
  const result = { claimed: rows.length, sent: 0, failed: 0, retried: 0 };
  await Promise.all(rows.map(async (row) => {
    const outcome = await deliver(db, transport, row);
    result[outcome]++;
  }));
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
    const letter = isLetterKind(row.kind) ? await loadLetterAttachment(db, row) : null;
    if (isLetterKind(row.kind) && !letter) {
      await markFailed(db, row.id, 'the letter was revoked, purged or replaced before this e-mail was sent', null);
      return 'failed';
    }
    const composed = await composeEmail(row, context, letter);
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
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
    const delivery = await transport.send({ from: extractAddress(config.MAIL_FROM), to: row.toAddress }, raw, row.id);
    // The log keeps what went out, minus the personal link: whoever reads the outbox cannot act as the delegate.
    const delegationLink = context.delegation && delegationToken(context.delegation.id, context.delegation.tokenVersion);
    const hide = (text: string) => {
      const hidden = redactToken(text, managementToken(context.registration.id, context.registration.tokenVersion));
      return delegationLink ? redactToken(hidden, delegationLink) : hidden;
    };
    const stored = await buildRaw({
      from: config.MAIL_FROM, to: row.toAddress, subject: composed.subject, text: hide(composed.text), html: hide(composed.html),
      attachments: attachments.filter((_, i) => !composed.attachments[i]!.private), messageId: `<outbox-${row.id}@${host}>`, headers: { 'Auto-Submitted': 'auto-generated' },
    });
    await markSent(db, row.id, { subject: composed.subject, text: hide(composed.text), html: hide(composed.html), raw: stored.toString('utf8') }, delivery.providerMessageId);
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

const extractAddress = (from: string) => from.match(/<([^>]+)>/)?.[1] ?? from;

function describe(error: unknown) {
  const e = error as { response?: string; message?: string };
  return (e.response ?? e.message ?? safeErrorLabel(error)).slice(0, 500);
}

/** A polling loop that drains while there is work and sleeps otherwise; stop() waits for the batch in flight. */
export function startWorker(getDb: () => Promise<Database>, options: { idleMs?: number; log?: (line: string) => void } = {}) {
  const transport = createTransport();
  const idleMs = options.idleMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let nextPurge = 0;
  const tick = async () => {
    try {
      const db = await getDb();
      // The retention purge rides on the worker's loop: hourly, in whichever process runs a worker.
      if (Date.now() >= nextPurge) {
        nextPurge = Date.now() + 3600_000;
        const purged = await purgePassportData(db, getConfig().PASSPORT_RETENTION_DAYS);
        if (purged > 0) options.log?.(`privacy: passport data removed from ${purged} registrations`);
      }
      let batch;
      do {
        batch = await drainOnce(db, transport);
        if (batch.claimed > 0) options.log?.(`mail: ${batch.sent} sent, ${batch.retried} to retry, ${batch.failed} failed`);
      } while (batch.claimed > 0 && !stopped);
    } catch (error) {
      options.log?.(`mail: worker paused (${safeErrorLabel(error)})`);
    }
  };
  const loop = () => {
    if (stopped) return;
    running = tick().finally(() => {
      running = undefined;
      if (!stopped) timer = setTimeout(loop, idleMs);
    });
  };
  loop();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
