import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type Mail from 'nodemailer/lib/mailer';
import { getConfig } from '@/lib/config';

interface Delivery {
  /** The server's message id (SMTP response), or the file the message was written to. */
  providerMessageId: string;
}

export interface MailTransport {
  send: (envelope: { from: string; to: string }, raw: Buffer, outboxId: number) => Promise<Delivery>;
  close: () => void;
}

/** Builds the exact bytes that go out, so the e-mail log can show them and a retry sends the same message. */
export async function buildRaw(options: Mail.Options): Promise<Buffer> {
  return new MailComposer(options).compile().build();
}

/** SMTP_URL set: a pooled nodemailer SMTP transport with timeouts in seconds. Unset: .eml files in the data folder. */
export function createTransport(): MailTransport {
  const config = getConfig();
  if (!config.SMTP_URL) return fileTransport(path.join(config.dataDir, 'mail'));
  const transporter = nodemailer.createTransport({
    url: config.SMTP_URL,
    pool: true,
    maxConnections: 5,
    // nodemailer's defaults are minutes; a server that accepts and never answers must not stall the worker.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
  return {
    send: async (envelope, raw) => {
      const info = await transporter.sendMail({ envelope, raw });
      return { providerMessageId: String(info.response ?? info.messageId) };
    },
    close: () => transporter.close(),
  };
}

function fileTransport(folder: string): MailTransport {
  return {
    send: async (_envelope, raw, outboxId) => {
      // Delegates' details and links: readable by the server's user only, whatever the umask.
      await fs.mkdir(folder, { recursive: true, mode: 0o700 });
      const file = path.join(folder, `${String(outboxId).padStart(8, '0')}.eml`);
      await fs.writeFile(file, raw, { mode: 0o600 });
      await fs.chmod(file, 0o600); // an existing file (a retry) keeps its old mode otherwise
      return { providerMessageId: `file:${path.basename(file)}` };
    },
    close: () => undefined,
  };
}

/** SMTP 5xx is permanent: fail at once and show it. 4xx and network trouble: try again later. */
export function isPermanent(error: unknown) {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}
