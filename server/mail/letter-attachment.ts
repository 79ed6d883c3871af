import type { Database } from '@/db/types';
import { letterForMail } from '@/db/queries/letters';
import type { OutboundEmail } from '@/db/schema';
import { getConfig } from '@/lib/config';
import type { LetterAttachment } from './letter-compose';

/** The public page a letter's QR code opens; in Chinese, the language the consulates read first. */
export const verificationUrl = (code: string) => `${getConfig().PUBLIC_URL.replace(/\/$/, '')}/zh/letters/${code}`;

/** The letter a letter e-mail is about, or null when it was revoked, purged or replaced before the message went out. */
export async function loadLetterAttachment(db: Database, row: OutboundEmail): Promise<LetterAttachment | null> {
  const payload = row.payload as { letterId?: string; revision?: number };
  if (!payload.letterId) return null;
  const letter = await letterForMail(db, payload.letterId, row.kind, payload.revision);
  return letter && { reference: letter.reference, reason: letter.reason, verifyUrl: verificationUrl(letter.code), pdf: letter.pdf };
}
