import { and, eq } from 'drizzle-orm';
import { randomBytes, randomInt } from 'node:crypto';
import type { Database } from '@/db/types';
import { invitationLetters, registrations } from '@/db/schema';
import { seal, unseal } from '@/lib/crypto';
import { type LetterStatus, mayRequestLetter } from '@/lib/letter-state';
import { initialsOf, type VisaDetails } from '@/lib/validations/visa';
import { recordAudit } from './audit';
import { enqueueEmail } from './outbox';

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const pick = (n: number) => Array.from({ length: n }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
/** JL-2027-K7QM3XPA: the council's prefix, the year asked, 8 unambiguous characters. */
const newLetterReference = (year: number) => `JL-${year}-${pick(8)}`;
/** 128 random bits, base64url: in the QR code, never guessable. */
const newVerificationCode = () => randomBytes(16).toString('base64url');

export type LetterRequestResult = { kind: 'ok'; letterId: string } | { kind: 'not-allowed' } | { kind: 'not-found' };

/**
 * Asks for a letter, inside the caller's transaction (the registration's, or the private page's). A refused or
 * still-undecided request is replaced by the new details; an issued one is not touched.
 */
export async function requestLetter(tx: Database, registration: { id: string; status: string }, details: VisaDetails): Promise<LetterRequestResult> {
  const [existing] = await tx
    .select({ id: invitationLetters.id, status: invitationLetters.status })
    .from(invitationLetters)
    .where(eq(invitationLetters.registrationId, registration.id))
    .for('update');
  if (!mayRequestLetter(existing?.status ?? null, registration.status)) return { kind: 'not-allowed' };
  const values = {
    status: 'requested' as const,
    detailsSealed: seal(JSON.stringify(details)),
    holderInitials: initialsOf(details),
    nationality: details.nationality,
    reason: null,
    refusedAt: null,
    requestedAt: new Date(),
    updatedAt: new Date(),
  };
  let letterId = existing?.id;
  if (existing) await tx.update(invitationLetters).set(values).where(eq(invitationLetters.id, existing.id));
  else {
    const [row] = await tx
      .insert(invitationLetters)
      .values({
        ...values,
        registrationId: registration.id,
        reference: newLetterReference(new Date().getUTCFullYear()),
        verificationCode: newVerificationCode(),
      })
      .returning({ id: invitationLetters.id });
    letterId = row!.id;
  }
  await recordAudit(tx, { actorId: null, action: 'letter.request', entityType: 'registration', entityId: registration.id, after: { status: 'requested' } });
  return { kind: 'ok', letterId: letterId! };
}

/** From the delegate's private page: the Latin name comes from the registration. */
export async function requestLetterLater(db: Database, registrationId: string, input: Omit<VisaDetails, 'latinFamilyName' | 'latinGivenName'>) {
  return db.transaction(async (tx) => {
    const [r] = await tx.select().from(registrations).where(eq(registrations.id, registrationId)).for('update');
    if (!r) return { kind: 'not-found' } as const;
    const result = await requestLetter(tx, r, { ...input, latinFamilyName: r.latinFamilyName, latinGivenName: r.latinGivenName });
    if (result.kind === 'ok') {
      const { entryDate, exitDate, consulate, ...passport } = input;
      void entryDate;
      void exitDate;
      void consulate;
      await tx
        .update(registrations)
        .set({ visaRequested: true, visaDataSealed: seal(JSON.stringify(passport)), updatedAt: new Date() })
        .where(eq(registrations.id, registrationId));
    }
    return result;
  });
}

export const unsealDetails = (sealed: string) => JSON.parse(unseal(sealed)) as VisaDetails;

/** The details behind a letter for an organizer: every look is in the audit log. */
export async function revealLetterDetails(db: Database, actorId: string, letterId: string) {
  const [row] = await db
    .select({ sealed: invitationLetters.detailsSealed, registrationId: invitationLetters.registrationId })
    .from(invitationLetters)
    .where(eq(invitationLetters.id, letterId));
  if (!row?.sealed) return null;
  await recordAudit(db, { actorId, action: 'letter.reveal', entityType: 'registration', entityId: row.registrationId });
  return unsealDetails(row.sealed);
}

type Transition = { kind: 'ok' } | { kind: 'not-allowed' };

/**
 * Stores a newly rendered PDF as issued (from `requested`) or as the next revision (from `issued`), queues the
 * e-mail that carries it and writes the audit entry, all in one transaction; a concurrent decision loses cleanly.
 */
export async function storeIssuedLetter(
  db: Database,
  actorId: string,
  letterId: string,
  change: {
    from: 'requested' | 'issued';
    revision: number;
    pdf: Uint8Array;
    issuedAt: Date;
    details?: VisaDetails;
  },
): Promise<Transition> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitationLetters)
      .set({
        status: 'issued',
        pdfSealed: seal(Buffer.from(change.pdf).toString('base64')),
        revision: change.revision,
        issuedAt: change.issuedAt,
        updatedAt: new Date(),
        ...(change.details
          ? { detailsSealed: seal(JSON.stringify(change.details)), holderInitials: initialsOf(change.details), nationality: change.details.nationality }
          : {}),
      })
      .where(and(eq(invitationLetters.id, letterId), eq(invitationLetters.status, change.from), eq(invitationLetters.revision, change.revision - 1)))
      .returning({ registrationId: invitationLetters.registrationId });
    if (!row) return { kind: 'not-allowed' };
    const [r] = await tx
      .select({ locale: registrations.locale, email: registrations.email })
      .from(registrations)
      .where(eq(registrations.id, row.registrationId));
    await enqueueEmail(tx, {
      kind: 'visaLetter',
      registrationId: row.registrationId,
      locale: r!.locale,
      to: r!.email,
      payload: { letterId, revision: change.revision },
    });
    if (change.details) await recordAudit(tx, { actorId, action: 'letter.correct', entityType: 'registration', entityId: row.registrationId });
    await recordAudit(tx, {
      actorId,
      action: change.from === 'requested' ? 'letter.issue' : 'letter.regenerate',
      entityType: 'registration',
      entityId: row.registrationId,
      before: { status: change.from },
      after: { status: 'issued', revision: change.revision },
    });
    return { kind: 'ok' };
  });
}

/** Refuses a request or revokes an issued letter, with the reason the delegate is told. */
export async function closeLetter(db: Database, actorId: string, letterId: string, action: 'refuse' | 'revoke', reason: string): Promise<Transition> {
  const from: LetterStatus = action === 'refuse' ? 'requested' : 'issued';
  const to = action === 'refuse' ? 'refused' : 'revoked';
  return db.transaction(async (tx) => {
    const now = new Date();
    const [row] = await tx
      .update(invitationLetters)
      .set({
        status: to,
        reason,
        updatedAt: now,
        ...(action === 'refuse' ? { refusedAt: now } : { revokedAt: now }),
      })
      .where(and(eq(invitationLetters.id, letterId), eq(invitationLetters.status, from)))
      .returning({ registrationId: invitationLetters.registrationId });
    if (!row) return { kind: 'not-allowed' };
    const [r] = await tx
      .select({ locale: registrations.locale, email: registrations.email })
      .from(registrations)
      .where(eq(registrations.id, row.registrationId));
    await enqueueEmail(tx, {
      kind: action === 'refuse' ? 'visaLetterRefused' : 'visaLetterRevoked',
      registrationId: row.registrationId,
      locale: r!.locale,
      to: r!.email,
      payload: { letterId },
    });
    await recordAudit(tx, {
      actorId,
      action: `letter.${action}`,
      entityType: 'registration',
      entityId: row.registrationId,
      before: { status: from },
      after: { status: to },
    });
    return { kind: 'ok' };
  });
}

/** The stored PDF, for a download (audited: who, or the delegate when `actorId` is null) or an e-mail. */
export async function letterPdf(db: Database, letterId: string, audit?: { actorId: string | null }) {
  const [row] = await db.select().from(invitationLetters).where(eq(invitationLetters.id, letterId));
  if (!row?.pdfSealed || row.status !== 'issued') return null;
  if (audit)
    await recordAudit(db, {
      actorId: audit.actorId,
      action: 'letter.download',
      entityType: 'registration',
      entityId: row.registrationId,
      after: { revision: row.revision },
    });
  return { bytes: Buffer.from(unseal(row.pdfSealed), 'base64'), reference: row.reference, revision: row.revision };
}

/** A letter as an e-mail about it needs it when sent: null once it is gone, or, for the PDF e-mail, no longer that revision. */
export async function letterForMail(db: Database, letterId: string, kind: string, revision?: number) {
  const [row] = await db.select().from(invitationLetters).where(eq(invitationLetters.id, letterId));
  if (!row) return null;
  if (kind === 'visaLetter' && (row.status !== 'issued' || !row.pdfSealed || row.revision !== revision)) return null;
  return {
    reference: row.reference,
    reason: row.reason,
    code: row.verificationCode,
    pdf: kind === 'visaLetter' && row.pdfSealed ? Buffer.from(unseal(row.pdfSealed), 'base64') : null,
  };
}
