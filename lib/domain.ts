/** The domain's fixed vocabularies. No imports: the database schema and client forms share them. */
export const EVENT_KINDS = ['conference', 'talks', 'forum', 'promotion', 'delegation'] as const;
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export const APPROVAL_MODES = ['automatic', 'organizer'] as const;
export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted', 'cancelled', 'rejected'] as const;
export const ACTIVE_REGISTRATION_STATUSES = ['pending', 'confirmed', 'waitlisted'] as const;
export const VISIT_SEAT_STATUSES = ['confirmed', 'waitlisted'] as const;
export const DELEGATION_TYPES = ['government', 'enterprise', 'association', 'media', 'other'] as const;
export const EMAIL_STATUSES = ['queued', 'sending', 'sent', 'failed'] as const;
export const ROLES = ['admin', 'organizer', 'checkin'] as const;
/** What a per-event question asks for (#16). */
export const QUESTION_KINDS = ['shortText', 'longText', 'oneChoice', 'manyChoices', 'yesNo', 'date'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const CHOICE_KINDS: readonly QuestionKind[] = ['oneChoice', 'manyChoices'];
/** A hotel room a delegate asks for, if any. */
export const ROOM_KINDS = ['none', 'single', 'shared'] as const;

/** Everything the audit log records; each has a sentence in every language (Admin.audit.actions). */
export const AUDIT_ACTIONS = [
  'account.create', 'account.secondFactorOn', 'account.secondFactorOff', 'account.secondFactorReset',
  'account.passwordChange', 'account.passwordReset', 'account.disable', 'account.enable', 'account.role', 'account.endSession',
  'settings.passportsNeedSecondFactor',
  'event.save', 'event.publish', 'event.unpublish', 'event.cancel', 'event.questions', 'event.arrivals-printed',
  'registration.approve', 'registration.reject', 'registration.waitlist', 'registration.cancel', 'registration.promote',
  'registration.check-in', 'registration.edit', 'registration.erase', 'registration.reveal-passport',
  'registration.self-update', 'registration.self-cancel', 'registration.new-link',
  'retention.purge-passport',
  'email.itineraries', 'email.resend', 'email.retry',
  'export', 'export.with-passport',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/** Message keys cannot hold dots. */
export const auditActionKey = (action: string) => action.replaceAll('.', '_');
