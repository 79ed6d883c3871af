import type { LETTER_STATUSES } from './domain';

export type LetterStatus = (typeof LETTER_STATUSES)[number];
const LETTER_ACTIONS = ['issue', 'refuse', 'regenerate', 'revoke'] as const;
export type LetterAction = (typeof LETTER_ACTIONS)[number];

const FROM: Record<LetterAction, LetterStatus[]> = {
  issue: ['requested'],
  refuse: ['requested'],
  regenerate: ['issued'],
  revoke: ['issued'],
};

/** Whether an organizer may take `action` on a letter: issuing also needs a confirmed registration. */
export function letterActionAllowed(action: LetterAction, status: LetterStatus, registrationStatus: string) {
  if (!FROM[action].includes(status)) return false;
  return action === 'issue' || action === 'regenerate' ? registrationStatus === 'confirmed' : true;
}

/** The organizer's buttons for a letter in this state. */
export const letterActions = (status: LetterStatus, registrationStatus: string) =>
  LETTER_ACTIONS.filter((a) => letterActionAllowed(a, status, registrationStatus));

/** A delegate may ask (again) while their registration is active and no letter is issued or pending a decision they cannot change. */
export function mayRequestLetter(status: LetterStatus | null, registrationStatus: string) {
  if (!['pending', 'confirmed', 'waitlisted'].includes(registrationStatus)) return false;
  return status === null || status === 'requested' || status === 'refused';
}

/** What the public verification page says; a letter never issued is unknown there. */
export function publicLetterState(status: LetterStatus): 'valid' | 'revoked' | 'expired' | null {
  if (status === 'issued') return 'valid';
  if (status === 'revoked' || status === 'expired') return status;
  return null;
}
