import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { DELEGATION_TYPES } from '@/lib/domain';
import { FORBIDDEN, FORBIDDEN_MULTILINE } from './primitives';
import { consulate, exitAfterEntry, travelDate } from './visa';

/**
 * One schema for the browser form and the route handler. Error messages are keys of
 * `RegistrationForm.errors` in messages/*.json, so both sides show the same localized text.
 */
export const HONORIFICS = ['mr', 'ms', 'dr', 'prof'] as const;
export const CONSENT_VERSION = '2026-11';

/**
 * Something a reader can see: a letter or digit once default-ignorable characters (soft hyphen,
 * Hangul fillers, joiners) are set aside. Names made only of blanks (U+2800, U+3164 …) show as nothing.
 */
const hasVisibleText = (value: string) => /[\p{L}\p{N}]/u.test(value.replace(/\p{Default_Ignorable_Code_Point}/gu, ''));

// Unicode mailboxes are allowed (NFC-normalized); quotes, brackets, commas and separators that could
// misroute a message or smuggle a header are not, and the domain needs a dot.
const EMAIL = /^[^\s@"<>()[\],;:\\]{1,64}@(?=.{1,253}$)[^\s@"<>()[\],;:\\.]+(\.[^\s@"<>()[\],;:\\.]+)+$/u;

const text = (max: number, pattern = FORBIDDEN) =>
  z
    .string({ error: 'required' })
    .transform((v) => v.normalize('NFC').trim())
    .pipe(
      z
        .string()
        .max(max, { error: 'tooLong' })
        .refine((v) => !pattern.test(v), { error: 'invalidCharacters' }),
    );

const required = (max: number) => text(max).pipe(z.string().min(1, { error: 'required' }));
const optional = (max: number, pattern = FORBIDDEN) =>
  text(max, pattern)
    .optional()
    .transform((v) => v || undefined);
/** Names and organizations: shown on lists, badges and the check-in desk, so they must show something. */
const visible = (max: number) => required(max).refine(hasVisibleText, { error: 'invalidCharacters' });
const optionalVisible = (max: number) => optional(max).refine((v) => v === undefined || hasVisibleText(v), { error: 'invalidCharacters' });

const latin = (max: number) =>
  required(max)
    .pipe(z.string().regex(/^[A-Za-z][A-Za-z .'-]*$/, { error: 'latinOnly' }))
    .transform((v) => v.toUpperCase().replace(/\s+/g, ' '));

// A select: "choose" rather than "fill in".
const country = z.string({ error: 'choose' }).refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), { error: 'choose' });

/** The date a person was born: a real calendar date, in the past, after 1900. */
const birthDate = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: 'invalidDate' })
  .refine((v) => v >= '1900-01-01', { error: 'invalidDate' })
  .refine((v) => new Date(`${v}T00:00:00Z`) < new Date(), { error: 'dateInFuture' });

const contactFields = {
  organization: visible(200),
  position: optionalVisible(200),
  email: required(254).pipe(z.email({ pattern: EMAIL, error: 'invalidEmail' })),
  // International format: +, country code, then 6–14 more digits; spaces, dashes, dots and brackets allowed.
  phone: required(32).pipe(
    z
      .string()
      .regex(/^\+[1-9][\d\s().-]{6,30}$/, { error: 'invalidPhone' })
      .refine(
        (v) => {
          const n = v.replace(/\D/g, '').length;
          return n >= 8 && n <= 15;
        },
        { error: 'invalidPhone' },
      ),
  ),
  dietaryNeeds: optional(500, FORBIDDEN_MULTILINE),
  accessNeeds: optional(500, FORBIDDEN_MULTILINE),
  visitIds: z.array(z.uuid()).max(20).default([]),
};

export const registrationSchema = z
  .object({
    honorific: z
      .enum(HONORIFICS)
      .optional()
      .or(z.literal('').transform(() => undefined)),
    familyName: visible(100),
    givenName: visible(100),
    patronymic: optionalVisible(100),
    latinFamilyName: latin(100),
    latinGivenName: latin(100),
    country,
    delegationType: z.enum(DELEGATION_TYPES, { error: 'choose' }),
    ...contactFields,
    visaRequested: z.boolean().default(false),
    passportNumber: z.string().optional(),
    nationality: z.string().optional(),
    dateOfBirth: z.string().optional(),
    entryDate: z.string().optional(),
    exitDate: z.string().optional(),
    consulate: z.string().optional(),
    visaConsent: z.boolean().optional(),
    consent: z.literal(true, { error: 'consentRequired' }),
    idempotencyKey: z.uuid(),
    // Checked against the event's own questions and travel settings by the route (lib/validations/questions, travel).
    answers: z.record(z.string(), z.unknown()).optional(),
    travel: z.record(z.string(), z.unknown()).optional(),
    // Honeypot: hidden from people, filled by bots.
    website: z.string().max(0, { error: 'rejected' }).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (!value.visaRequested) return;
    const check = (field: 'passportNumber' | 'nationality' | 'dateOfBirth' | 'entryDate' | 'exitDate' | 'consulate', schema: z.ZodType) => {
      const result = schema.safeParse(value[field] ?? '');
      if (!result.success) ctx.addIssue({ code: 'custom', path: [field], message: result.error.issues[0]!.message });
    };
    check('passportNumber', z.string().regex(/^[A-Za-z0-9]{5,20}$/, { error: 'invalidPassport' }));
    check('nationality', country);
    check('dateOfBirth', birthDate);
    check('entryDate', travelDate);
    check('exitDate', travelDate);
    check('consulate', consulate);
    if (!exitAfterEntry(value)) ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'exitBeforeEntry' });
    if (value.visaConsent !== true) ctx.addIssue({ code: 'custom', path: ['visaConsent'], message: 'consentRequired' });
  })
  .transform(({ passportNumber, nationality, dateOfBirth, entryDate, exitDate, consulate: where, ...rest }) => {
    const { website, visaConsent, answers, travel, ...kept } = rest; // consumed by the checks above (answers and arrival details: lib/validations/form-extras), not stored as such
    void website;
    void visaConsent;
    void answers;
    void travel;
    return {
      ...kept,
      visa: kept.visaRequested ? { passportNumber: passportNumber!.toUpperCase(), nationality: nationality!, dateOfBirth: dateOfBirth! } : undefined,
      // The travel plan goes on the letter request only (db/queries/letters.ts), not in the registration's sealed data.
      travel: kept.visaRequested ? { entryDate: entryDate!, exitDate: exitDate!, consulate: where!.normalize('NFC').trim() } : undefined,
    };
  });

export type RegistrationInput = z.input<typeof registrationSchema>;
export type RegistrationData = z.output<typeof registrationSchema>;

/** What a delegate may change later from their private link. */
export const registrationChangeSchema = z.object(contactFields).strict();
export type RegistrationChangeInput = z.input<typeof registrationChangeSchema>;

/** E-mail as compared for duplicates: NFC, lower case. */
export const normalizeEmail = (email: string) => email.normalize('NFC').trim().toLowerCase();

/** Field → first error key, for the form and the route handler's answer. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    const key = issue.code === 'unrecognized_keys' ? 'unknownField' : issue.message;
    out[field] ??= KNOWN_ERRORS.has(key) ? key : 'invalid';
  }
  return out;
}

export const KNOWN_ERRORS = new Set([
  'required',
  'choose',
  'tooLong',
  'invalidCharacters',
  'latinOnly',
  'invalidEmail',
  'invalidPhone',
  'invalidDate',
  'dateInFuture',
  'invalidPassport',
  'consentRequired',
  'exitBeforeEntry',
  'rejected',
  'invalid',
  'unknownField',
]);

/** The field rules, for the delegation form's members (lib/validations/delegation.ts). */
export const fieldRules = {
  visible,
  optionalVisible,
  latin,
  country,
  email: contactFields.email,
  multiline: (max: number) => optional(max, FORBIDDEN_MULTILINE),
};
