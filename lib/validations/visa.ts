import * as z from 'zod/mini';
import { country, isoDate, text } from './primitives';

/**
 * The passport and travel details a visa invitation letter needs. Error messages are keys of
 * `RegistrationForm.errors`, shared by the registration form, the private page and the back office.
 */
const passportNumber = z.pipe(
  z.string({ error: 'required' }).check(z.trim(), z.regex(/^[A-Za-z0-9]{5,20}$/, { error: 'invalidPassport' })),
  z.transform((v) => v.toUpperCase()),
);
const nationality = country;
export const dateOfBirth = isoDate.check(
  z.refine((v) => v >= '1900-01-01', { error: 'invalidDate' }),
  z.refine((v) => new Date(`${v}T00:00:00Z`) < new Date(), { error: 'dateInFuture' }),
);
export const travelDate = isoDate;
export const consulate = z.pipe(text(200), z.string().check(z.minLength(2, { error: 'required' })));
const latin = z.pipe(
  z.string({ error: 'required' }).check(z.trim(), z.regex(/^[A-Za-z][A-Za-z .'-]{0,99}$/, { error: 'latinOnly' })),
  z.transform((v) => v.toUpperCase().replace(/\s+/g, ' ')),
);

/** The travel part: entry no later than exit. */
const travelFields = { entryDate: travelDate, exitDate: travelDate, consulate };
export const exitAfterEntry = (v: { entryDate?: string; exitDate?: string }) => !v.entryDate || !v.exitDate || v.exitDate >= v.entryDate;
const exitNotBeforeEntry = z.refine<{ entryDate?: string; exitDate?: string }>(exitAfterEntry, { path: ['exitDate'], error: 'exitBeforeEntry' });

/** A request from the delegate's private page (the Latin name comes from the registration). */
export const letterRequestSchema = z
  .strictObject({
    passportNumber,
    nationality,
    dateOfBirth,
    ...travelFields,
    visaConsent: z.literal(true, { error: 'consentRequired' }),
  })
  .check(exitNotBeforeEntry);

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
  .check(exitNotBeforeEntry);

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

/** Why an organizer refuses or revokes a letter: the delegate reads it. */
export const reasonSchema = z.pipe(text(1000, { multiline: true }), z.string().check(z.minLength(3, { error: 'required' })));
