/** The domain's fixed vocabularies. No imports: the database schema and client forms share them. */
export const EVENT_KINDS = ['conference', 'talks', 'forum', 'promotion', 'delegation'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const APPROVAL_MODES = ['automatic', 'organizer'] as const;
export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'cancelled', 'rejected'] as const;
export const ACTIVE_REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
export type ActiveRegistrationStatus = (typeof ACTIVE_REGISTRATION_STATUSES)[number];
/** Registrations that hold an event seat: confirmed, and pending ones awaiting an organizer. */
export const SEAT_HOLDING = ['confirmed', 'pending'] as const satisfies readonly ActiveRegistrationStatus[];
export const isActive = (status: string): status is ActiveRegistrationStatus => (ACTIVE_REGISTRATION_STATUSES as readonly string[]).includes(status);

/** An organizer's decisions on a registration: the status each leads to, and the statuses it may start from. */
export const DECISIONS = ['approve', 'promote', 'waitlist', 'reject', 'cancel'] as const;
export type Decision = (typeof DECISIONS)[number];
export const DECISION_TARGET = {
  approve: 'confirmed',
  reject: 'rejected',
  waitlist: 'waitlisted',
  cancel: 'cancelled',
  promote: 'confirmed',
} as const satisfies Record<Decision, RegistrationStatus>;
const DECISION_ALLOWED_FROM: Record<Decision, readonly RegistrationStatus[]> = {
  approve: ['pending'],
  promote: ['waitlisted'],
  waitlist: ['pending', 'confirmed'],
  reject: ['pending', 'waitlisted', 'confirmed'],
  cancel: ACTIVE_REGISTRATION_STATUSES,
};
/** The decisions an organizer may take on a registration in this status, in the order the page offers them. */
export const decisionsFrom = (status: string) => DECISIONS.filter((d) => (DECISION_ALLOWED_FROM[d] as readonly string[]).includes(status));
export const VISIT_SEAT_STATUSES = ['confirmed', 'waitlisted'] as const;
export const DELEGATION_TYPES = ['government', 'enterprise', 'association', 'media', 'other'] as const;
export const HONORIFICS = ['mr', 'ms', 'dr', 'prof'] as const;
/** Most members a head may register in one form (the council's largest delegations are about twenty). */
export const MAX_MEMBERS = 40;
/** What happens to a delegation larger than the seats left (chosen per event; the first is the default). */
export const DELEGATION_OVERFLOW_RULES = ['waitlistAll', 'fillThenWaitlist'] as const;
export type DelegationOverflow = (typeof DELEGATION_OVERFLOW_RULES)[number];
export const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export const ANNOUNCEMENT_STATUSES = ['draft', 'sent'] as const;
export const ROLES = ['admin', 'organizer', 'checkin', 'cohost'] as const;
/** A visa invitation letter: asked for, then issued or refused; an issued one may be revoked, and expires with the retention purge. */
export const LETTER_STATUSES = ['requested', 'issued', 'refused', 'revoked', 'expired'] as const;
/** What a per-event question asks for (#16). */
export const QUESTION_KINDS = ['shortText', 'longText', 'oneChoice', 'manyChoices', 'yesNo', 'date'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const CHOICE_KINDS: readonly QuestionKind[] = ['oneChoice', 'manyChoices'];
/** The questions one delegate is asked: those for everyone and those for their type. */
export const questionsFor = <Q extends { delegationTypes: string[] }>(questions: Q[], delegationType: string | undefined) =>
  questions.filter((q) => q.delegationTypes.length === 0 || (delegationType !== undefined && q.delegationTypes.includes(delegationType)));
/** A hotel room a delegate asks for, if any. */
export const ROOM_KINDS = ['none', 'single', 'shared'] as const;

/** Everything the audit log records; each has a sentence in every language (Admin.audit.actions). */
export const AUDIT_ACTIONS = [
  'account.create',
  'account.secondFactorOn',
  'account.secondFactorOff',
  'account.secondFactorReset',
  'account.passwordChange',
  'account.passwordReset',
  'account.disable',
  'account.enable',
  'account.role',
  'account.endSession',
  'account.coHostEvents',
  'accessCode.issue',
  'accessCode.revoke',
  'settings.passportsNeedSecondFactor',
  'event.save',
  'event.publish',
  'event.unpublish',
  'event.cancel',
  'event.questions',
  'event.arrivals-printed',
  'registration.approve',
  'registration.reject',
  'registration.waitlist',
  'registration.cancel',
  'registration.promote',
  'registration.check-in',
  'registration.edit',
  'registration.erase',
  'registration.reveal-passport',
  'registration.self-update',
  'registration.self-cancel',
  'registration.new-link',
  'delegation.approve',
  'delegation.check-in',
  'delegation.self-change',
  'registration.auto-promote',
  'registration.visit-promote',
  'email.queued',
  'retention.purge-passport',
  'letter.request',
  'letter.issue',
  'letter.refuse',
  'letter.regenerate',
  'letter.revoke',
  'letter.download',
  'letter.reveal',
  'letter.correct',
  'letter.settings',
  'retention.purge-letters',
  'email.itineraries',
  'email.resend',
  'email.retry',
  'announcement.save',
  'announcement.send',
  'announcement.stop',
  'reminders.save',
  'jobs.clock',
  'export',
  'export.with-passport',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/** Message keys cannot hold dots. */
export const auditActionKey = (action: string) => action.replaceAll('.', '_');

/** The shortest password a back-office account may have (a new account's, and every change). */
export const MIN_PASSWORD_LENGTH = 12;
