import countries from 'i18n-iso-countries';
import { z } from 'zod';

/**
 * The passport and travel details a visa invitation letter needs. Error messages are keys of
 * `RegistrationForm.errors`, shared by the registration form, the private page and the back office.
 */
const isoDate = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: 'invalidDate' });

const passportNumber = z
  .string({ error: 'required' })
  .trim()
  .regex(/^[A-Za-z0-9]{5,20}$/, { error: 'invalidPassport' })
  .transform((v) => v.toUpperCase());
const nationality = z.string({ error: 'choose' }).refine((v) => /^[A-Z]{2}$/.test(v) && countries.isValid(v), { error: 'choose' });
const dateOfBirth = isoDate
  .refine((v) => v >= '1900-01-01', { error: 'invalidDate' })
  .refine((v) => new Date(`${v}T00:00:00Z`) < new Date(), { error: 'dateInFuture' });
export const travelDate = isoDate;
export const consulate = z
  .string({ error: 'required' })
  .transform((v) => v.normalize('NFC').trim())
  .pipe(
    z
      .string()
      .min(2, { error: 'required' })
      .max(200, { error: 'tooLong' })
      .refine((v) => !/[\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/.test(v), { error: 'invalidCharacters' }),
  );
const latin = z
  .string({ error: 'required' })
  .trim()
  .regex(/^[A-Za-z][A-Za-z .'-]{0,99}$/, { error: 'latinOnly' })
  .transform((v) => v.toUpperCase().replace(/\s+/g, ' '));

/** The travel part: entry no later than exit. */
const travelFields = { entryDate: travelDate, exitDate: travelDate, consulate };
export const exitAfterEntry = (v: { entryDate?: string; exitDate?: string }) => !v.entryDate || !v.exitDate || v.exitDate >= v.entryDate;

/** A request from the delegate's private page (the Latin name comes from the registration). */
export const letterRequestSchema = z
  .object({
    passportNumber,
    nationality,
    dateOfBirth,
    ...travelFields,
    visaConsent: z.literal(true, { error: 'consentRequired' }),
  })
  .strict()
  .refine(exitAfterEntry, { path: ['exitDate'], error: 'exitBeforeEntry' });

/** An organizer's correction before regenerating: every detail, the Latin name included. */
export const letterCorrectionSchema = z
  .object({
    latinFamilyName: latin,
    latinGivenName: latin,
    passportNumber,
    nationality,
    dateOfBirth,
    ...travelFields,
  })
  .refine(exitAfterEntry, { path: ['exitDate'], error: 'exitBeforeEntry' });

/** What is sealed on the letter row. */
export interface VisaDetails {
  latinFamilyName: string;
  latinGivenName: string;
  passportNumber: string;
  nationality: string;
  dateOfBirth: string;
  entryDate: string;
  exitDate: string;
  consulate: string;
}

/** "IVANOV IVAN" → "I. I.": all the public verification page says of the holder besides the nationality. */
export const initialsOf = (d: Pick<VisaDetails, 'latinFamilyName' | 'latinGivenName'>) =>
  [d.latinGivenName, d.latinFamilyName].map((n) => `${n.trim().charAt(0).toUpperCase()}.`).join(' ');

export const reasonSchema = z
  .string({ error: 'required' })
  .transform((v) => v.normalize('NFC').trim())
  .pipe(z.string().min(3, { error: 'required' }).max(1000, { error: 'tooLong' }));
