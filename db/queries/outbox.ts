import type { Database } from '../client';
import { type Locale, outboundEmails } from '../schema';

export const EMAIL_KINDS = [
  'confirmation', 'duplicate', 'approved', 'rejected', 'promoted', 'cancelled', 'changed', 'itinerary',
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
