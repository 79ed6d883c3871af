import 'server-only';
import type { Database } from '@/db/types';
import { storeIssuedLetter, unsealDetails } from '@/db/queries/letters';
import { letterWithContext, loadLetterSettings } from '@/db/queries/letters-read';
import { letterActionAllowed } from '@/lib/letter-state';
import type { VisaDetails } from '@/lib/validations/visa';
import { verificationUrl } from '@/server/mail/letter-attachment';
import { renderLetter } from '@/server/pdf/letter';

export type IssueResult = 'ok' | 'not-found' | 'not-allowed' | 'noSettings';

/**
 * Approves a request (issue) or, for an issued letter, renders the next revision (regenerate), with the
 * organizer's corrections when given. The PDF is rendered first; the state change then happens in one
 * transaction that fails cleanly if someone else decided meanwhile.
 */
export async function issueLetter(db: Database, actorId: string, letterId: string, correction?: VisaDetails): Promise<IssueResult> {
  const context = await letterWithContext(db, letterId);
  if (!context) return 'not-found';
  const { letter, registration } = context;
  const action = letter.status === 'requested' ? 'issue' : 'regenerate';
  if (!letterActionAllowed(action, letter.status, registration.status) || !letter.detailsSealed) return 'not-allowed';
  const settings = await loadLetterSettings(db);
  // A letter without the council's signature and seal is not one a consulate accepts.
  if (!settings?.signatureImage || !settings.sealImage) return 'noSettings';
  const details = correction ?? unsealDetails(letter.detailsSealed);
  const issuedAt = new Date();
  const revision = letter.revision + 1;
  const pdf = await renderLetter({
    context,
    details,
    reference: letter.reference,
    revision,
    issuedAt,
    verifyUrl: verificationUrl(letter.verificationCode),
    settings,
  });
  const stored = await storeIssuedLetter(db, actorId, letterId, {
    from: letter.status as 'requested' | 'issued',
    revision,
    pdf,
    issuedAt,
    details: correction,
  });
  return stored.kind;
}
