import { z } from 'zod';
import { APPROVAL_MODES, DELEGATION_OVERFLOW_RULES, EVENT_KINDS } from '@/lib/domain';
import { LOCALES } from '@/i18n/locales';
import { isLocalDateTime, isValidTimeZone } from '@/lib/zoned-time';
import { localized, optionalText, uuidOrEmpty } from './primitives';

/**
 * One schema for the event editor and its route handler. Times stay wall-clock strings in the
 * event's zone here; the server turns them into instants. Error messages are keys of `EventEditor.errors`.
 */

const text = (max: number, multiline = false) => optionalText(max, { multiline });
const orNull = (schema: ReturnType<typeof text>) =>
  z.pipe(
    schema,
    z.transform((v) => v || null),
  );

// One check with two messages: an aborting check would keep the cross-field checks below from running.
const localDateTime = z.string({ error: 'required' }).superRefine((v, ctx) => {
  if (!isLocalDateTime(v)) ctx.addIssue({ code: 'custom', message: v === '' ? 'required' : 'invalidDateTime' });
});
const optionalDateTime = z
  .string()
  .default('')
  .refine((v) => v === '' || isLocalDateTime(v), { error: 'invalidDateTime' })
  .transform((v) => v || null);

const decimal = (limit: number) =>
  z
    .string()
    .default('')
    .transform((v) => v.trim())
    .refine((v) => v === '' || (/^-?\d{1,3}(\.\d{1,8})?$/.test(v) && Math.abs(Number(v)) <= limit), { error: 'invalidNumber' })
    .transform((v) => v || null);

const count = z
  .string()
  .default('')
  .transform((v) => v.trim())
  .refine((v) => v === '' || (/^\d{1,7}$/.test(v) && Number(v) <= 1_000_000), { error: 'invalidNumber' })
  .transform((v) => (v === '' ? null : Number(v)));

const translation = z.object({
  title: text(200),
  theme: orNull(text(300)),
  summary: text(1000, true),
  body: text(30_000, true),
  city: text(100),
  venueName: text(200),
  venueAddress: text(300),
  // One co-host a line in the form; a list in the database.
  coHosts: z.pipe(
    text(3000, true),
    z.transform((v) =>
      v
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ),
  reportHeadline: orNull(text(300)),
  report: orNull(text(30_000, true)),
});

/** Fields the source language must have, and another language before the public sees it (until then it is a draft). */
export const REQUIRED_TRANSLATION_FIELDS = ['title', 'summary', 'city', 'venueName'] as const;

const programItem = z.object({
  startsAt: localDateTime,
  endsAt: optionalDateTime,
  title: localized(300),
  speaker: localized(300),
  room: localized(200),
});

const stop = z.object({
  at: localDateTime,
  place: localized(300),
  activity: localized(1000, { multiline: true }),
});

const visit = z.object({
  // Sent back for visits that exist, so delegates' seats stay attached to the same row.
  visitId: z
    .union([z.uuid(), z.literal('')])
    .default('')
    .transform((v) => v || null),
  startsAt: localDateTime,
  endsAt: localDateTime,
  capacity: count,
  title: localized(300),
  description: localized(3000, { multiline: true }),
  meetingPoint: localized(500),
  transport: localized(300),
  stops: z.array(stop).max(50, { error: 'tooMany' }),
});

export const eventSchema = z
  .object({
    id: z.pipe(
      uuidOrEmpty,
      z.transform((v) => v || null),
    ),
    slug: z
      .string({ error: 'required' })
      .transform((v) => v.trim().toLowerCase())
      .pipe(
        z
          .string()
          .min(1, { error: 'required' })
          .max(80, { error: 'tooLong' })
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'invalidSlug' }),
      ),
    kind: z.enum(EVENT_KINDS, { error: 'required' }),
    timeZone: z.string({ error: 'required' }).refine(isValidTimeZone, { error: 'invalidTimeZone' }),
    startsAt: localDateTime,
    endsAt: localDateTime,
    latitude: decimal(90),
    longitude: decimal(180),
    capacity: count,
    registrationOpensAt: optionalDateTime,
    registrationClosesAt: optionalDateTime,
    approvalMode: z.enum(APPROVAL_MODES, { error: 'required' }),
    inviteOnly: z.boolean().default(false),
    delegationOverflow: z.enum(DELEGATION_OVERFLOW_RULES).default(DELEGATION_OVERFLOW_RULES[0]),
    sourceLocale: z.enum(LOCALES, { error: 'required' }),
    contactName: orNull(text(200)),
    contactPhone: orNull(text(40)).refine((v) => v === null || /^\+?[\d\s().-]{6,38}$/.test(v), { error: 'invalidPhone' }),
    contactEmail: orNull(text(254)).refine((v) => v === null || z.email().safeParse(v).success, { error: 'invalidEmail' }),
    translations: z.object({ zh: translation, en: translation, ko: translation, ja: translation, ru: translation }),
    program: z.array(programItem).max(200, { error: 'tooMany' }),
    visits: z.array(visit).max(30, { error: 'tooMany' }),
    /** Saved visits with delegates that the organizer removes on purpose: cancelled, and their delegates told. */
    cancelVisits: z.array(z.uuid()).max(30, { error: 'tooMany' }).default([]),
  })
  .strict()
  .superRefine((value, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    const source = value.sourceLocale;
    for (const locale of LOCALES) {
      const t = value.translations[locale];
      const started = Object.values(t).some((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v)));
      if (!started && locale !== source) continue;
      // Another language may be saved unfinished, as a draft the public does not see (#18 U4); it needs its title.
      const required = locale === source ? REQUIRED_TRANSLATION_FIELDS : (['title'] as const);
      for (const field of required) if (!t[field]) issue(['translations', locale, field], 'required');
    }
    if (value.endsAt < value.startsAt) issue(['endsAt'], 'endBeforeStart');
    const { registrationOpensAt: opens, registrationClosesAt: closes } = value;
    if (opens && closes && closes < opens) issue(['registrationClosesAt'], 'endBeforeStart');
    value.program.forEach((item, i) => {
      if (!item.title[source]) issue(['program', i, 'title', source], 'required');
      if (item.endsAt && item.endsAt < item.startsAt) issue(['program', i, 'endsAt'], 'endBeforeStart');
    });
    value.visits.forEach((v, i) => {
      if (!v.title[source]) issue(['visits', i, 'title', source], 'required');
      if (!v.meetingPoint[source]) issue(['visits', i, 'meetingPoint', source], 'required');
      if (v.endsAt < v.startsAt) issue(['visits', i, 'endsAt'], 'endBeforeStart');
      v.stops.forEach((s, j) => {
        if (!s.place[source]) issue(['visits', i, 'stops', j, 'place', source], 'required');
      });
    });
  });

export type EventInput = z.input<typeof eventSchema>;
export type EventData = z.output<typeof eventSchema>;
export const STATUS_ACTIONS = { publish: 'published', unpublish: 'draft', cancel: 'cancelled' } as const;
export const eventStatusSchema = z.object({
  id: z.uuid(),
  action: z.enum(['publish', 'unpublish', 'cancel']),
});

export const EVENT_EDITOR_ERRORS = new Set([
  'required',
  'tooLong',
  'tooMany',
  'invalidCharacters',
  'invalidSlug',
  'invalidDateTime',
  'endBeforeStart',
  'invalidNumber',
  'invalidEmail',
  'invalidPhone',
  'invalidTimeZone',
  'slugTaken',
  'invalid',
]);

export const emptyLocalized = () => ({ zh: '', en: '', ko: '', ja: '', ru: '' });
