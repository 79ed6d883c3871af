import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

import { LOCALES, type LocalizedText } from '@/i18n/locales';
import {
  ANNOUNCEMENT_STATUSES,
  EVENT_KINDS,
  EVENT_STATUSES,
  APPROVAL_MODES,
  REGISTRATION_STATUSES,
  ACTIVE_REGISTRATION_STATUSES,
  VISIT_SEAT_STATUSES,
  DELEGATION_TYPES,
  EMAIL_STATUSES,
  ROLES,
  DELEGATION_OVERFLOW_RULES,
  LETTER_STATUSES,
  QUESTION_KINDS,
  ROOM_KINDS,
} from '@/lib/domain';
import type { AnswerValue, QuestionOption } from '@/lib/validations/questions';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const inList = (column: string, values: readonly string[]) => sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
const created = () => ts('created_at').notNull().defaultNow();

export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull().unique(),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    timeZone: text('time_zone').notNull(),
    latitude: text('latitude'),
    longitude: text('longitude'),
    capacity: integer('capacity'),
    registrationOpensAt: ts('registration_opens_at'),
    registrationClosesAt: ts('registration_closes_at'),
    approvalMode: text('approval_mode', { enum: APPROVAL_MODES }).notNull().default('automatic'),
    /** A delegation larger than the seats left: all of it wait-listed (travels together), or seats for the first members. */
    delegationOverflow: text('delegation_overflow', { enum: DELEGATION_OVERFLOW_RULES }).notNull().default('waitlistAll'),
    sourceLocale: text('source_locale', { enum: LOCALES }).notNull(),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    contactEmail: text('contact_email'),
    /** Registration needs an access code the organizer issued (see access_codes). */
    inviteOnly: boolean('invite_only').notNull().default(false),
    createdAt: created(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('events_kind_check', inList('kind', EVENT_KINDS)),
    check('events_status_check', inList('status', EVENT_STATUSES)),
    check('events_approval_check', inList('approval_mode', APPROVAL_MODES)),
    check('events_delegation_overflow_check', inList('delegation_overflow', DELEGATION_OVERFLOW_RULES)),
    check('events_source_locale_check', inList('source_locale', LOCALES)),
    check('events_dates_check', sql`${t.endsAt} >= ${t.startsAt}`),
    check('events_capacity_check', sql`${t.capacity} is null or ${t.capacity} >= 0`),
    index('events_status_starts_idx').on(t.status, t.startsAt),
  ],
);
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;

export const eventTranslations = pgTable(
  'event_translations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    title: text('title').notNull(),
    theme: text('theme'),
    summary: text('summary').notNull(),
    body: text('body').notNull().default(''),
    city: text('city').notNull(),
    venueName: text('venue_name').notNull(),
    venueAddress: text('venue_address').notNull().default(''),
    coHosts: text('co_hosts')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    reportHeadline: text('report_headline'),
    report: text('report'),
    reportFigures: jsonb('report_figures').$type<{ label: string; value: string }[]>(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.locale] }), check('event_translations_locale_check', inList('locale', LOCALES))],
);
export type EventTranslation = typeof eventTranslations.$inferSelect;
export type NewEventTranslation = typeof eventTranslations.$inferInsert;

export const programItems = pgTable(
  'program_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at'),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    speaker: jsonb('speaker').$type<LocalizedText>(),
    room: jsonb('room').$type<LocalizedText>(),
  },
  (t) => [index('program_items_event_idx').on(t.eventId, t.startsAt)],
);
export type ProgramItem = typeof programItems.$inferSelect;

export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    capacity: integer('capacity'),
    position: integer('position').notNull().default(0),
    title: jsonb('title').$type<LocalizedText>().notNull(),
    description: jsonb('description').$type<LocalizedText>().notNull(),
    meetingPoint: jsonb('meeting_point').$type<LocalizedText>().notNull(),
    transport: jsonb('transport').$type<LocalizedText>().notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('visits_event_idx').on(t.eventId, t.position), check('visits_capacity_check', sql`${t.capacity} is null or ${t.capacity} >= 0`)],
);
export type Visit = typeof visits.$inferSelect;

export const itineraryStops = pgTable(
  'itinerary_stops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    at: ts('at').notNull(),
    place: jsonb('place').$type<LocalizedText>().notNull(),
    activity: jsonb('activity').$type<LocalizedText>().notNull(),
  },
  (t) => [uniqueIndex('itinerary_stops_order_idx').on(t.visitId, t.position)],
);
export type ItineraryStop = typeof itineraryStops.$inferSelect;

/** A group registered together by its head; members are registrations pointing here. */
export const delegations = pgTable(
  'delegations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    organization: text('organization').notNull(),
    country: text('country').notNull(),
    /** The head's own registration (set in the same transaction that creates both). */
    headRegistrationId: uuid('head_registration_id'),
    /** Bumped to invalidate the head's page link (HMAC of id and version); only its hash is stored. */
    tokenVersion: integer('token_version').notNull().default(1),
    managementTokenHash: text('management_token_hash').notNull().unique(),
    idempotencyKey: text('idempotency_key'),
    createdAt: created(),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    check('delegations_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
    uniqueIndex('delegations_idempotency_idx').on(t.eventId, t.idempotencyKey),
    index('delegations_event_idx').on(t.eventId, t.createdAt),
  ],
);
export type Delegation = typeof delegations.$inferSelect;

export const registrations = pgTable(
  'registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'restrict' }),
    reference: text('reference').notNull().unique(),
    /** Bumped to invalidate the management link (HMAC of id and version); only its hash is stored. */
    tokenVersion: integer('token_version').notNull().default(1),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
    honorific: text('honorific'),
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    patronymic: text('patronymic'),
    latinFamilyName: text('latin_family_name').notNull(),
    latinGivenName: text('latin_given_name').notNull(),
    organization: text('organization').notNull(),
    position: text('position'),
    country: text('country').notNull(),
    email: text('email').notNull(),
    emailNormalized: text('email_normalized').notNull(),
    phone: text('phone').notNull(),
    delegationType: text('delegation_type', { enum: DELEGATION_TYPES }).notNull(),
    delegationId: uuid('delegation_id').references(() => delegations.id, { onDelete: 'set null' }),
    /** A member who gave no address of their own: `email` is the head's, and no e-mail goes to it in their name. */
    emailFromHead: boolean('email_from_head').notNull().default(false),
    dietaryNeeds: text('dietary_needs'),
    accessNeeds: text('access_needs'),
    consentAt: ts('consent_at').notNull(),
    consentVersion: text('consent_version').notNull(),
    visaRequested: boolean('visa_requested').notNull().default(false),
    /** AES-256-GCM sealed JSON {passportNumber, nationality, dateOfBirth}; null unless a visa letter is asked for. */
    visaDataSealed: text('visa_data_sealed'),
    managementTokenHash: text('management_token_hash').notNull().unique(),
    idempotencyKey: text('idempotency_key'),
    /** The invitation it came with, on an invitation-only event: counts against that code's quota. */
    accessCodeId: uuid('access_code_id').references(() => accessCodes.id, { onDelete: 'restrict' }),
    checkedInAt: ts('checked_in_at'),
    cancelledAt: ts('cancelled_at'),
    createdAt: created(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('registrations_status_check', inList('status', REGISTRATION_STATUSES)),
    check('registrations_locale_check', inList('locale', LOCALES)),
    check('registrations_delegation_check', inList('delegation_type', DELEGATION_TYPES)),
    check('registrations_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
    check('registrations_visa_check', sql`${t.visaDataSealed} is null or ${t.visaRequested}`),
    uniqueIndex('registrations_active_email_idx')
      .on(t.eventId, t.emailNormalized)
      .where(sql`${inList('status', ACTIVE_REGISTRATION_STATUSES)} and not email_from_head`),
    index('registrations_delegation_idx').on(t.delegationId),
    uniqueIndex('registrations_idempotency_idx').on(t.eventId, t.idempotencyKey),
    index('registrations_event_status_idx').on(t.eventId, t.status, t.createdAt),
    index('registrations_event_country_idx').on(t.eventId, t.country),
    index('registrations_event_delegation_idx').on(t.eventId, t.delegationType),
    index('registrations_event_checkin_idx').on(t.eventId, t.checkedInAt),
    index('registrations_event_created_idx').on(t.eventId, t.createdAt),
    index('registrations_access_code_idx').on(t.accessCodeId, t.status),
  ],
);
export type Registration = typeof registrations.$inferSelect;
export type NewRegistration = typeof registrations.$inferInsert;

export const registrationVisits = pgTable(
  'registration_visits',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'restrict' }),
    status: text('status', { enum: VISIT_SEAT_STATUSES }).notNull(),
    createdAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.visitId] }),
    check('registration_visits_status_check', inList('status', VISIT_SEAT_STATUSES)),
    index('registration_visits_visit_idx').on(t.visitId, t.status, t.createdAt),
  ],
);
export type RegistrationVisit = typeof registrationVisits.$inferSelect;

export const organizers = pgTable(
  'organizers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    /** Sealed like passport data; set when enrolment starts, in use only once `totpEnabledAt` is set. */
    totpSecretSealed: text('totp_secret_sealed'),
    totpEnabledAt: ts('totp_enabled_at'),
    /** The last 30-second step a code was accepted for: a code is good once, never replayed. */
    totpLastStep: integer('totp_last_step'),
    disabledAt: ts('disabled_at'),
    createdAt: created(),
    /** A password someone else chose or printed (first start, an administrator's reset): changed at next sign-in. */
    mustChangePassword: boolean('must_change_password').notNull().default(false),
  },
  () => [check('organizers_role_check', inList('role', ROLES))],
);
export type Organizer = typeof organizers.$inferSelect;

/**
 * Failed sign-ins and codes as a leaky bucket per key (SHA-256 of the address, or of address and client):
 * `level` drains one failure per interval since `updatedAt`, so old failures fade and nobody is kept out for good.
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  keyHash: text('key_hash').primaryKey(),
  level: integer('level').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie value; the cookie itself is never stored. */
    idHash: text('id_hash').primaryKey(),
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => organizers.id, { onDelete: 'cascade' }),
    createdAt: created(),
    lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
    expiresAt: ts('expires_at').notNull(),
    /** Password checked, code still owed: such a row only lets its holder enter the code. */
    awaitingSecondFactor: boolean('awaiting_second_factor').notNull().default(false),
    /** Signed in with password and code. */
    secondFactor: boolean('second_factor').notNull().default(false),
  },
  (t) => [index('sessions_organizer_idx').on(t.organizerId)],
);

/** Portal-wide switches an administrator sets; one row. */
export const portalSettings = pgTable(
  'portal_settings',
  {
    id: integer('id').primaryKey().default(1),
    /** Passport data only in sessions signed in with a second factor. */
    requireSecondFactorForPassports: boolean('require_second_factor_for_passports').notNull().default(false),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  () => [check('portal_settings_single_row', sql`id = 1`)],
);
export type Session = typeof sessions.$inferSelect;

export const outboundEmails = pgTable(
  'outbound_emails',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    registrationId: uuid('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    toAddress: text('to_address').notNull(),
    /** What the template needs that may change later (status, visits at the time); never passport data. */
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** Rendered when first sent and kept, so the e-mail log shows exactly what went out. */
    subject: text('subject'),
    textBody: text('text_body'),
    htmlBody: text('html_body'),
    rawMessage: text('raw_message'),
    status: text('status', { enum: EMAIL_STATUSES }).notNull().default('queued'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: ts('next_attempt_at').notNull().defaultNow(),
    lastError: text('last_error'),
    providerMessageId: text('provider_message_id'),
    /** One message per key ever ("reminder:…:registration"): several workers and restarts queue it once (#16). */
    dedupeKey: text('dedupe_key'),
    createdAt: created(),
    sentAt: ts('sent_at'),
  },
  (t) => [
    check('outbound_emails_status_check', inList('status', EMAIL_STATUSES)),
    uniqueIndex('outbound_emails_dedupe_idx').on(t.dedupeKey),
    index('outbound_emails_due_idx').on(t.status, t.nextAttemptAt),
    index('outbound_emails_registration_idx').on(t.registrationId),
  ],
);
export type OutboundEmail = typeof outboundEmails.$inferSelect;

export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    actorId: uuid('actor_id').references(() => organizers.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: created(),
  },
  (t) => [index('audit_entries_entity_idx').on(t.entityType, t.entityId, t.createdAt), index('audit_entries_actor_idx').on(t.actorId, t.createdAt)],
);
export type AuditEntry = typeof auditEntries.$inferSelect;

/**
 * An invitation to an invitation-only event, one per invited organization: a readable random code, a seat
 * quota (active registrations that came with it) and an optional limit on one delegation's size. Revoked, never deleted.
 */
export const accessCodes = pgTable(
  'access_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    /** Normalized: upper case, no separators (shown grouped as XXXX-XXXX-XXXX). */
    code: text('code').notNull().unique(),
    organization: text('organization').notNull(),
    quota: integer('quota').notNull(),
    maxDelegationSize: integer('max_delegation_size'),
    revokedAt: ts('revoked_at'),
    createdBy: uuid('created_by').references(() => organizers.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [
    index('access_codes_event_idx').on(t.eventId, t.createdAt),
    check('access_codes_quota_check', sql`${t.quota} > 0`),
    check('access_codes_size_check', sql`${t.maxDelegationSize} is null or ${t.maxDelegationSize} > 0`),
  ],
);
export type AccessCode = typeof accessCodes.$inferSelect;

/** The events a co-host account may see and manage; any other role ignores this table. */
export const coHostEvents = pgTable(
  'co_host_events',
  {
    organizerId: uuid('organizer_id')
      .notNull()
      .references(() => organizers.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.organizerId, t.eventId] }), index('co_host_events_event_idx').on(t.eventId)],
);

/**
 * A visa invitation letter for one registration. Passport details and the issued PDF are sealed (AES-256-GCM)
 * and removed by the retention purge; the public verification page reads only the status, initials and nationality.
 * The issued PDF is stored, not regenerated on demand: what the consulate holds must stay byte-for-byte the same
 * even after the event page, the signature image or the fonts change.
 */
export const invitationLetters = pgTable(
  'invitation_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .unique()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    status: text('status', { enum: LETTER_STATUSES }).notNull().default('requested'),
    /** Sealed JSON (lib/validations/visa.ts VisaDetails): Latin name, passport number, nationality, birth date, entry/exit, consulate. */
    detailsSealed: text('details_sealed'),
    /** What the public page may show: "I. I." and an ISO country code; null once purged. */
    holderInitials: text('holder_initials'),
    nationality: text('nationality'),
    /** Printed on the letter and read out on the phone: JL-2027-K7QM3XPA. */
    reference: text('reference').notNull().unique(),
    /** In the QR code and the verification URL; long enough not to be guessed. */
    verificationCode: text('verification_code').notNull().unique(),
    reason: text('reason'),
    /** Bumped by every regeneration; printed beside the reference. */
    revision: integer('revision').notNull().default(0),
    pdfSealed: text('pdf_sealed'),
    requestedAt: ts('requested_at').notNull().defaultNow(),
    issuedAt: ts('issued_at'),
    refusedAt: ts('refused_at'),
    revokedAt: ts('revoked_at'),
    expiredAt: ts('expired_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('invitation_letters_status_check', inList('status', LETTER_STATUSES)),
    check('invitation_letters_issued_check', sql`${t.status} <> 'issued' or ${t.pdfSealed} is not null`),
    index('invitation_letters_status_idx').on(t.status, t.requestedAt),
  ],
);
export type InvitationLetter = typeof invitationLetters.$inferSelect;

/** The signature and seal printed on every letter, uploaded once by an administrator; one row. */
export const letterSettings = pgTable(
  'letter_settings',
  {
    id: integer('id').primaryKey().default(1),
    signatoryName: text('signatory_name'),
    signatoryTitle: jsonb('signatory_title').$type<LocalizedText>(),
    /** PNG or JPEG bytes, base64. */
    signatureImage: text('signature_image'),
    signatureType: text('signature_type'),
    sealImage: text('seal_image'),
    sealType: text('seal_type'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  () => [check('letter_settings_single_row', sql`id = 1`)],
);

/** A message from the organizers to an event's registrants, in up to five languages (#16). */
export const announcements = pgTable(
  'announcements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    sourceLocale: text('source_locale', { enum: LOCALES }).notNull(),
    subject: jsonb('subject').$type<LocalizedText>().notNull(),
    body: jsonb('body').$type<LocalizedText>().notNull(),
    /** Who gets it: a kind from server/announcements/audiences.ts and its value (a visit id, a country code). */
    audienceKind: text('audience_kind').notNull(),
    audienceValue: text('audience_value'),
    status: text('status', { enum: ANNOUNCEMENT_STATUSES }).notNull().default('draft'),
    /** The new-announcement form's key: a double-click saves one draft. */
    idempotencyKey: text('idempotency_key').notNull().unique(),
    createdBy: uuid('created_by').references(() => organizers.id, { onDelete: 'set null' }),
    recipients: integer('recipients'),
    createdAt: created(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    sentAt: ts('sent_at'),
  },
  (t) => [check('announcements_status_check', inList('status', ANNOUNCEMENT_STATUSES)), index('announcements_event_idx').on(t.eventId, t.createdAt)],
);
export type Announcement = typeof announcements.$inferSelect;

/** Addresses that stopped announcements with the one-click link; service e-mails still reach them. */
export const announcementOptOuts = pgTable('announcement_opt_outs', {
  emailNormalized: text('email_normalized').primaryKey(),
  createdAt: created(),
});

/** When an event's reminders go out; an event without a row has the defaults (7 days, 1 day, the evening before each visit). */
export const reminderSettings = pgTable(
  'reminder_settings',
  {
    eventId: uuid('event_id')
      .primaryKey()
      .references(() => events.id, { onDelete: 'cascade' }),
    hoursBefore: integer('hours_before').array().notNull(),
    visitEvening: boolean('visit_evening').notNull(),
    /** Local hour (event's zone) of the evening before a visit. */
    eveningHour: integer('evening_hour').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('reminder_settings_hour_check', sql`${t.eveningHour} between 0 and 23`)],
);

/** The scheduled jobs' shared timetable: a worker runs a job only after moving its next run on, so two never run one slot. */
export const scheduledJobs = pgTable('scheduled_jobs', {
  name: text('name').primaryKey(),
  nextRunAt: ts('next_run_at').notNull(),
  lastStartedAt: ts('last_started_at'),
  lastFinishedAt: ts('last_finished_at'),
  lastResult: text('last_result'),
  runner: text('runner'),
});

/** Tests move the jobs' clock forward (only with JOBS_CLOCK=settable); one row. */
export const jobsClock = pgTable(
  'jobs_clock',
  {
    id: integer('id').primaryKey().default(1),
    offsetMs: bigint('offset_ms', { mode: 'number' }).notNull().default(0),
  },
  () => [check('jobs_clock_single_row', sql`id = 1`)],
);

/** A question an event's form asks besides the fixed fields (#16); archived, never deleted, once answered. */
export const eventQuestions = pgTable(
  'event_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    position: integer('position').notNull().default(0),
    kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
    required: boolean('required').notNull().default(false),
    /** Asked only of delegates of these types; empty: of everyone. */
    delegationTypes: text('delegation_types')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    label: jsonb('label').$type<LocalizedText>().notNull(),
    /** Choices keep their id for good; a removed one is marked retired so old answers still read. */
    options: jsonb('options').$type<QuestionOption[]>().notNull().default([]),
    archivedAt: ts('archived_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [check('event_questions_kind_check', inList('kind', QUESTION_KINDS)), index('event_questions_event_idx').on(t.eventId, t.position)],
);
export type EventQuestion = typeof eventQuestions.$inferSelect;

/** One delegate's answer: text, a date (YYYY-MM-DD), true/false, or option ids. */
export const registrationAnswers = pgTable(
  'registration_answers',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id')
      .notNull()
      .references(() => eventQuestions.id, { onDelete: 'restrict' }),
    value: jsonb('value').$type<AnswerValue>().notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.questionId] }), index('registration_answers_question_idx').on(t.questionId)],
);

/** Arrival, departure and accommodation of one delegate (#16), in the event's wall-clock time. */
export const registrationTravel = pgTable(
  'registration_travel',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    arrivalDate: text('arrival_date'),
    arrivalTime: text('arrival_time'),
    arrivalCarrier: text('arrival_carrier'),
    arrivalPlace: text('arrival_place'),
    departureDate: text('departure_date'),
    departureTime: text('departure_time'),
    departureCarrier: text('departure_carrier'),
    departurePlace: text('departure_place'),
    pickup: boolean('pickup').notNull().default(false),
    room: text('room', { enum: ROOM_KINDS }).notNull().default('none'),
    nights: integer('nights').notNull().default(0),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check('registration_travel_room_check', inList('room', ROOM_KINDS)),
    check('registration_travel_nights_check', sql`${t.nights} >= 0 and ${t.nights} <= 60`),
    index('registration_travel_arrival_idx').on(t.arrivalDate),
  ],
);
export type RegistrationTravel = typeof registrationTravel.$inferSelect;

/** Per-event form settings and when the arrivals board was last printed (changes after it are marked). */
export const eventFormSettings = pgTable('event_form_settings', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  asksTravel: boolean('asks_travel').notNull().default(false),
  arrivalsPrintedAt: ts('arrivals_printed_at'),
});
