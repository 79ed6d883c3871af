import type { EmailKind } from '@/db/queries/outbox';
import type { OutboundEmail } from '@/db/schema';
import type { MailContext } from '@/lib/mail-context';
import { composeAnnouncement } from './announcement';
import { composeEventCancelled, composeVisitCancelled } from './compose-cancellation';
import { composeDelegationItinerary, composeDelegationSummary } from './compose-delegation';
import { composeItinerary, composeReminder } from './compose-itinerary';
import {
  composeApproved,
  composeCancelled,
  composeChanged,
  composeConfirmation,
  composeDuplicate,
  composePromoted,
  composeRejected,
} from './compose-registration';
import { type ComposedEmail, type Mail, type MailExtras, mailFor } from './frame';
import { composeLetterEmail } from './letter-compose';

export type { ComposedEmail } from './frame';

type Composer = (mail: Mail) => Promise<ComposedEmail>;

/** One composer per kind of e-mail: a new EmailKind without its composer does not compile. */
const COMPOSERS: Record<EmailKind, Composer> = {
  confirmation: composeConfirmation,
  duplicate: composeDuplicate,
  approved: composeApproved,
  rejected: composeRejected,
  promoted: composePromoted,
  cancelled: composeCancelled,
  changed: composeChanged,
  reminder: composeReminder,
  itinerary: composeItinerary,
  eventCancelled: composeEventCancelled,
  visitCancelled: composeVisitCancelled,
  delegationSummary: composeDelegationSummary,
  delegationItinerary: composeDelegationItinerary,
  visaLetter: composeLetterEmail,
  visaLetterRefused: composeLetterEmail,
  visaLetterRevoked: composeLetterEmail,
  announcement: composeAnnouncement,
};

/** The e-mail an outbox row stands for, in its language, from the registration as it is now. */
export function composeEmail(row: OutboundEmail, context: MailContext, extras: MailExtras = {}): Promise<ComposedEmail> {
  const composer = COMPOSERS[row.kind as EmailKind] as Composer | undefined;
  if (!composer) throw new Error(`no composer for e-mail kind ${row.kind}`);
  return composer(mailFor(row, context, extras));
}
