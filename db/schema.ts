import { sql } from 'drizzle-orm';
import {
  bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, text,
  timestamp, uniqueIndex, uuid,
} from 'drizzle-orm/pg-core';

import { LOCALES, type LocalizedText } from '@/i18n/locales';
import {
  EVENT_KINDS, EVENT_STATUSES, APPROVAL_MODES, REGISTRATION_STATUSES, VISIT_SEAT_STATUSES, DELEGATION_TYPES, EMAIL_STATUSES, ROLES,
  QUESTION_KINDS, ROOM_KINDS,
} from '@/lib/domain';
import type { AnswerValue, QuestionOption } from '@/lib/validations/questions';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const inList = (column: string, values: readonly string[]) =>
  sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`);
const created = () => ts('created_at').notNull().defaultNow();

export const events = pgTable('events', {
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
  sourceLocale: text('source_locale', { enum: LOCALES }).notNull(),
  contactName: text('contact_name'),
  contactPhone: text('contact_phone'),
  contactEmail: text('contact_email'),
  createdAt: created(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  check('events_kind_check', inList('kind', EVENT_KINDS)),
  check('events_status_check', inList('status', EVENT_STATUSES)),
  check('events_approval_check', inList('approval_mode', APPROVAL_MODES)),
  check('events_source_locale_check', inList('source_locale', LOCALES)),
  check('events_dates_check', sql`${t.endsAt} >= ${t.startsAt}`),
  check('events_capacity_check', sql`${t.capacity} is null or ${t.capacity} >= 0`),
  index('events_status_starts_idx').on(t.status, t.startsAt),
]);
export type Event = typeof events.$inferSelect;
export type NewEvent = typeof events.$inferInsert;

export const eventTranslations = pgTable('event_translations', {
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  locale: text('locale', { enum: LOCALES }).notNull(),
  title: text('title').notNull(),
  theme: text('theme'),
  summary: text('summary').notNull(),
  body: text('body').notNull().default(''),
  city: text('city').notNull(),
  venueName: text('venue_name').notNull(),
  venueAddress: text('venue_address').notNull().default(''),
  coHosts: text('co_hosts').array().notNull().default(sql`'{}'::text[]`),
  reportHeadline: text('report_headline'),
  report: text('report'),
  reportFigures: jsonb('report_figures').$type<{ label: string; value: string }[]>(),
}, (t) => [
  primaryKey({ columns: [t.eventId, t.locale] }),
  check('event_translations_locale_check', inList('locale', LOCALES)),
]);
export type EventTranslation = typeof eventTranslations.$inferSelect;
export type NewEventTranslation = typeof eventTranslations.$inferInsert;

export const programItems = pgTable('program_items', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at'),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  speaker: jsonb('speaker').$type<LocalizedText>(),
  room: jsonb('room').$type<LocalizedText>(),
}, (t) => [index('program_items_event_idx').on(t.eventId, t.startsAt)]);
export type ProgramItem = typeof programItems.$inferSelect;

export const visits = pgTable('visits', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  capacity: integer('capacity'),
  position: integer('position').notNull().default(0),
  title: jsonb('title').$type<LocalizedText>().notNull(),
  description: jsonb('description').$type<LocalizedText>().notNull(),
  meetingPoint: jsonb('meeting_point').$type<LocalizedText>().notNull(),
  transport: jsonb('transport').$type<LocalizedText>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  index('visits_event_idx').on(t.eventId, t.position),
  check('visits_capacity_check', sql`${t.capacity} is null or ${t.capacity} >= 0`),
]);
export type Visit = typeof visits.$inferSelect;

export const itineraryStops = pgTable('itinerary_stops', {
  id: uuid('id').primaryKey().defaultRandom(),
  visitId: uuid('visit_id').notNull().references(() => visits.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  at: ts('at').notNull(),
  place: jsonb('place').$type<LocalizedText>().notNull(),
  activity: jsonb('activity').$type<LocalizedText>().notNull(),
}, (t) => [uniqueIndex('itinerary_stops_order_idx').on(t.visitId, t.position)]);
export type ItineraryStop = typeof itineraryStops.$inferSelect;

export const registrations = pgTable('registrations', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'restrict' }),
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
  dietaryNeeds: text('dietary_needs'),
  accessNeeds: text('access_needs'),
  consentAt: ts('consent_at').notNull(),
  consentVersion: text('consent_version').notNull(),
  visaRequested: boolean('visa_requested').notNull().default(false),
  /** AES-256-GCM sealed JSON {passportNumber, nationality, dateOfBirth}; null unless a visa letter is asked for. */
  visaDataSealed: text('visa_data_sealed'),
  managementTokenHash: text('management_token_hash').notNull().unique(),
  idempotencyKey: text('idempotency_key'),
  checkedInAt: ts('checked_in_at'),
  cancelledAt: ts('cancelled_at'),
  createdAt: created(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  check('registrations_status_check', inList('status', REGISTRATION_STATUSES)),
  check('registrations_locale_check', inList('locale', LOCALES)),
  check('registrations_delegation_check', inList('delegation_type', DELEGATION_TYPES)),
  check('registrations_country_check', sql`${t.country} ~ '^[A-Z]{2}$'`),
  check('registrations_visa_check', sql`${t.visaDataSealed} is null or ${t.visaRequested}`),
  uniqueIndex('registrations_active_email_idx').on(t.eventId, t.emailNormalized)
    .where(sql.raw(`status in ('pending', 'confirmed', 'waitlisted')`)),
  uniqueIndex('registrations_idempotency_idx').on(t.eventId, t.idempotencyKey),
  index('registrations_event_status_idx').on(t.eventId, t.status, t.createdAt),
  index('registrations_event_country_idx').on(t.eventId, t.country),
  index('registrations_event_delegation_idx').on(t.eventId, t.delegationType),
  index('registrations_event_checkin_idx').on(t.eventId, t.checkedInAt),
  index('registrations_event_created_idx').on(t.eventId, t.createdAt),
]);
export type Registration = typeof registrations.$inferSelect;
export type NewRegistration = typeof registrations.$inferInsert;

export const registrationVisits = pgTable('registration_visits', {
  registrationId: uuid('registration_id').notNull().references(() => registrations.id, { onDelete: 'cascade' }),
  visitId: uuid('visit_id').notNull().references(() => visits.id, { onDelete: 'restrict' }),
  status: text('status', { enum: VISIT_SEAT_STATUSES }).notNull(),
  createdAt: created(),
}, (t) => [
  primaryKey({ columns: [t.registrationId, t.visitId] }),
  check('registration_visits_status_check', inList('status', VISIT_SEAT_STATUSES)),
  index('registration_visits_visit_idx').on(t.visitId, t.status, t.createdAt),
]);
export type RegistrationVisit = typeof registrationVisits.$inferSelect;

export const organizers = pgTable('organizers', {
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
}, () => [check('organizers_role_check', inList('role', ROLES))]);
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

export const sessions = pgTable('sessions', {
  /** SHA-256 of the cookie value; the cookie itself is never stored. */
  idHash: text('id_hash').primaryKey(),
  organizerId: uuid('organizer_id').notNull().references(() => organizers.id, { onDelete: 'cascade' }),
  createdAt: created(),
  lastSeenAt: ts('last_seen_at').notNull().defaultNow(),
  expiresAt: ts('expires_at').notNull(),
  /** Password checked, code still owed: such a row only lets its holder enter the code. */
  awaitingSecondFactor: boolean('awaiting_second_factor').notNull().default(false),
  /** Signed in with password and code. */
  secondFactor: boolean('second_factor').notNull().default(false),
}, (t) => [index('sessions_organizer_idx').on(t.organizerId)]);

/** Portal-wide switches an administrator sets; one row. */
export const portalSettings = pgTable('portal_settings', {
  id: integer('id').primaryKey().default(1),
  /** Passport data only in sessions signed in with a second factor. */
  requireSecondFactorForPassports: boolean('require_second_factor_for_passports').notNull().default(false),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, () => [check('portal_settings_single_row', sql`id = 1`)]);
export type Session = typeof sessions.$inferSelect;

export const outboundEmails = pgTable('outbound_emails', {
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
  createdAt: created(),
  sentAt: ts('sent_at'),
}, (t) => [
  check('outbound_emails_status_check', inList('status', EMAIL_STATUSES)),
  index('outbound_emails_due_idx').on(t.status, t.nextAttemptAt),
  index('outbound_emails_registration_idx').on(t.registrationId),
]);
export type OutboundEmail = typeof outboundEmails.$inferSelect;

export const auditEntries = pgTable('audit_entries', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  actorId: uuid('actor_id').references(() => organizers.id, { onDelete: 'set null' }),
  action: text('action').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  before: jsonb('before'),
  after: jsonb('after'),
  createdAt: created(),
}, (t) => [
  index('audit_entries_entity_idx').on(t.entityType, t.entityId, t.createdAt),
  index('audit_entries_actor_idx').on(t.actorId, t.createdAt),
]);
export type AuditEntry = typeof auditEntries.$inferSelect;


/** A question an event's form asks besides the fixed fields (#16); archived, never deleted, once answered. */
export const eventQuestions = pgTable('event_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  position: integer('position').notNull().default(0),
  kind: text('kind', { enum: QUESTION_KINDS }).notNull(),
  required: boolean('required').notNull().default(false),
  /** Asked only of delegates of these types; empty: of everyone. */
  delegationTypes: text('delegation_types').array().notNull().default(sql`'{}'::text[]`),
  label: jsonb('label').$type<LocalizedText>().notNull(),
  /** Choices keep their id for good; a removed one is marked retired so old answers still read. */
  options: jsonb('options').$type<QuestionOption[]>().notNull().default([]),
  archivedAt: ts('archived_at'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  check('event_questions_kind_check', inList('kind', QUESTION_KINDS)),
  index('event_questions_event_idx').on(t.eventId, t.position),
]);
export type EventQuestion = typeof eventQuestions.$inferSelect;

/** One delegate's answer: text, a date (YYYY-MM-DD), true/false, or option ids. */
export const registrationAnswers = pgTable('registration_answers', {
  registrationId: uuid('registration_id').notNull().references(() => registrations.id, { onDelete: 'cascade' }),
  questionId: uuid('question_id').notNull().references(() => eventQuestions.id, { onDelete: 'restrict' }),
  value: jsonb('value').$type<AnswerValue>().notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [
  primaryKey({ columns: [t.registrationId, t.questionId] }),
  index('registration_answers_question_idx').on(t.questionId),
]);

/** Arrival, departure and accommodation of one delegate (#16), in the event's wall-clock time. */
export const registrationTravel = pgTable('registration_travel', {
  registrationId: uuid('registration_id').primaryKey().references(() => registrations.id, { onDelete: 'cascade' }),
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
}, (t) => [
  check('registration_travel_room_check', inList('room', ROOM_KINDS)),
  check('registration_travel_nights_check', sql`${t.nights} >= 0 and ${t.nights} <= 60`),
  index('registration_travel_arrival_idx').on(t.arrivalDate),
]);
export type RegistrationTravel = typeof registrationTravel.$inferSelect;

/** Per-event form settings and when the arrivals board was last printed (changes after it are marked). */
export const eventFormSettings = pgTable('event_form_settings', {
  eventId: uuid('event_id').primaryKey().references(() => events.id, { onDelete: 'cascade' }),
  asksTravel: boolean('asks_travel').notNull().default(false),
  arrivalsPrintedAt: ts('arrivals_printed_at'),
});
