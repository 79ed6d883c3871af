import * as z from 'zod/mini';
import { DELEGATION_TYPES, HONORIFICS } from '@/lib/domain';
import { KNOWN_ERRORS } from './error-keys';
import { country, hasVisibleText, text } from './primitives';
import { consulate, dateOfBirth, exitAfterEntry, travelDate } from './visa';

/**
 * One schema for the browser form and the route handler (zod/mini: the form's bundle carries only the
 * rules it uses). Error messages are keys of `RegistrationForm.errors` in messages/*.json, so both sides
 * show the same localized text.
 */
export const CONSENT_VERSION = '2026-11';

// Unicode mailboxes are allowed (NFC-normalized); quotes, brackets, commas and separators that could
// misroute a message or smuggle a header are not, and the domain needs a dot.
const EMAIL = /^[^\s@"<>()[\],;:\\]{1,64}@(?=.{1,253}$)[^\s@"<>()[\],;:\\.]+(\.[^\s@"<>()[\],;:\\.]+)+$/u;

const required = (max: number) => z.pipe(text(max), z.string().check(z.minLength(1, { error: 'required' })));
const optional = (max: number, multiline = false) =>
  z.pipe(
    z.optional(text(max, { multiline })),
    z.transform((v) => v || undefined),
  );
/** Names and organizations: shown on lists, badges and the check-in desk, so they must show something. */
const visible = (max: number) => required(max).check(z.refine(hasVisibleText, { error: 'noLetters' }));
const optionalVisible = (max: number) => optional(max).check(z.refine((v) => v === undefined || hasVisibleText(v), { error: 'noLetters' }));

const latin = (max: number) =>
  z.pipe(
    z.pipe(required(max), z.string().check(z.regex(/^[A-Za-z][A-Za-z .'-]*$/, { error: 'latinOnly' }))),
    z.transform((v) => v.toUpperCase().replace(/\s+/g, ' ')),
  );

/** A title before the name, or none (the select's empty choice). */
const honorific = z.union([
  z.optional(z.enum(HONORIFICS)),
  z.pipe(
    z.literal(''),
    z.transform(() => undefined),
  ),
]);

const contactFields = {
  organization: visible(200),
  position: optionalVisible(200),
  email: z.pipe(required(254), z.email({ pattern: EMAIL, error: 'invalidEmail' })),
  // International format: +, country code, then 6–14 more digits; spaces, dashes, dots and brackets allowed.
  phone: z.pipe(
    required(32),
    z.string().check(
      z.regex(/^\+[1-9][\d\s().-]{6,30}$/, { error: 'invalidPhone' }),
      z.refine(
        (v) => {
          const n = v.replace(/\D/g, '').length;
          return n >= 8 && n <= 15;
        },
        { error: 'invalidPhone' },
      ),
    ),
  ),
  dietaryNeeds: optional(500, true),
  accessNeeds: optional(500, true),
  visitIds: z._default(z.array(z.uuid()).check(z.maxLength(20)), []),
};

const visaFields = {
  passportNumber: z.string().check(z.regex(/^[A-Za-z0-9]{5,20}$/, { error: 'invalidPassport' })),
  nationality: country,
  dateOfBirth,
  entryDate: travelDate,
  exitDate: travelDate,
  consulate,
};

const registrationFields = z
  .strictObject({
    honorific,
    familyName: visible(100),
    givenName: visible(100),
    patronymic: optionalVisible(100),
    latinFamilyName: latin(100),
    latinGivenName: latin(100),
    country,
    delegationType: z.enum(DELEGATION_TYPES, { error: 'choose' }),
    ...contactFields,
    visaRequested: z._default(z.boolean(), false),
    passportNumber: z.optional(z.string()),
    nationality: z.optional(z.string()),
    dateOfBirth: z.optional(z.string()),
    entryDate: z.optional(z.string()),
    exitDate: z.optional(z.string()),
    consulate: z.optional(z.string()),
    visaConsent: z.optional(z.boolean()),
    consent: z.literal(true, { error: 'consentRequired' }),
    idempotencyKey: z.uuid(),
    // Checked against the event's own questions and travel settings by the route (lib/validations/questions, travel).
    answers: z.optional(z.record(z.string(), z.unknown())),
    travel: z.optional(z.record(z.string(), z.unknown())),
    // Honeypot: hidden from people, filled by bots.
    website: z.optional(z.string().check(z.maxLength(0, { error: 'rejected' }))),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!value.visaRequested) return;
      for (const [field, schema] of Object.entries(visaFields)) {
        const result = schema.safeParse(value[field as keyof typeof visaFields] ?? '');
        if (!result.success) ctx.addIssue({ code: 'custom', path: [field], message: result.error.issues[0]!.message });
      }
      if (!exitAfterEntry(value)) ctx.addIssue({ code: 'custom', path: ['exitDate'], message: 'exitBeforeEntry' });
      if (value.visaConsent !== true) ctx.addIssue({ code: 'custom', path: ['visaConsent'], message: 'consentRequired' });
    }),
  );

export const registrationSchema = z.pipe(
  registrationFields,
  z.transform(({ passportNumber, nationality, dateOfBirth, entryDate, exitDate, consulate: where, ...rest }: z.output<typeof registrationFields>) => {
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
  }),
);

export type RegistrationInput = z.input<typeof registrationSchema>;
export type RegistrationData = z.output<typeof registrationSchema>;

/** What a delegate may change later from their private link. */
export const registrationChangeSchema = z.strictObject(contactFields);
export type RegistrationChangeInput = z.input<typeof registrationChangeSchema>;

/** E-mail as compared for duplicates: NFC, lower case. */
export const normalizeEmail = (email: string) => email.normalize('NFC').trim().toLowerCase();

/** Field → first error key, for the form and the route handler's answer. */
export function fieldErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '_form');
    const key = issue.code === 'unrecognized_keys' ? 'unknownField' : issue.message;
    out[field] ??= KNOWN_ERRORS.has(key) ? key : 'invalid';
  }
  return out;
}

/** The field rules, for the delegation form's members (lib/validations/delegation.ts). */
export const fieldRules = {
  honorific,
  visible,
  optionalVisible,
  latin,
  country,
  email: contactFields.email,
  visitIds: contactFields.visitIds,
  multiline: (max: number) => optional(max, true),
};
