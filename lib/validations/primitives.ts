import codes from 'i18n-iso-countries/codes.json';
import * as z from 'zod/mini';
import { LOCALES, type Locale, type LocalizedText } from '@/i18n/locales';

// zod compiles object parsers with `new Function` when eval is allowed, and finds out by trying it: under
// this site's Content-Security-Policy (no 'unsafe-eval') every page that validates logged a CSP violation.
// Interpreted parsing is as correct and fast enough for forms; the setting is global (classic zod too).
z.config({ jitless: true });

/**
 * The one rule for every free-text field, whoever types it (delegates, organizers), on every form and API:
 * C0/C1 controls, the bidi marks (U+200E/U+200F, U+061C ALM), overrides and isolates that can disguise text,
 * and the invisible separators and joiners that carry no meaning (U+200B, U+180E, U+2060–U+2064).
 * Multi-line fields also take tabs and line breaks. Written in zod/mini: classic schemas take these too.
 */
const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;
const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;

interface TextOptions {
  /** A textarea: tabs and line breaks allowed. */
  multiline?: boolean;
}

/**
 * Free text: NFC, trimmed, at most `max` characters, nothing FORBIDDEN. '' passes (a field's own check says
 * whether it may be empty). Error keys: `required` (missing), `invalid` (not a string), `tooLong`, `invalidCharacters`.
 */
export const text = (max: number, { multiline = false }: TextOptions = {}) =>
  z.pipe(
    z.pipe(
      z.string({ error: (issue) => (issue.input == null ? 'required' : 'invalid') }),
      z.transform((v) => v.normalize('NFC').trim()),
    ),
    z.string().check(
      z.maxLength(max, { error: 'tooLong' }),
      z.refine((v) => !(multiline ? FORBIDDEN_MULTILINE : FORBIDDEN).test(v), { error: 'invalidCharacters' }),
    ),
  );

/**
 * Something a reader can see: a letter or digit once default-ignorable characters (soft hyphen,
 * Hangul fillers, joiners) are set aside. Names made only of blanks (U+2800, U+3164 …) show as nothing.
 */
export const hasVisibleText = (value: string) => /[\p{L}\p{N}]/u.test(value.replace(/\p{Default_Ignorable_Code_Point}/gu, ''));

/** Free text a form may leave out: a missing field reads as ''. */
export const optionalText = (max: number, options?: TextOptions) => z._default(text(max, options), '');

/** One text per language, as the editors send it (a field for each); the languages left empty are dropped. */
export const localized = (max: number, options?: TextOptions) =>
  z.pipe(
    z.object(Object.fromEntries(LOCALES.map((l) => [l, optionalText(max, options)])) as Record<Locale, ReturnType<typeof optionalText>>),
    z.transform((v) => Object.fromEntries(Object.entries(v).filter(([, s]) => s !== '')) as LocalizedText),
  );

/** A row's id, or '' (or nothing) for a row the form is creating. */
export const uuidOrEmpty = z._default(z.union([z.uuid(), z.literal('')]), '');

// The library's code table alone: its name lookups (diacritics, languages) stay out of the browser's bundle.
const ALPHA2 = new Set(codes.map(([alpha2]) => alpha2));

/** A country or nationality from a select: an ISO 3166-1 alpha-2 code; "choose" rather than "fill in". */
export const country = z.string({ error: 'choose' }).check(z.refine((v) => /^[A-Z]{2}$/.test(v) && ALPHA2.has(v), { error: 'choose' }));

/** A real calendar date written YYYY-MM-DD: not 2026-02-30, not 2026-13-45. */
export const isIsoDate = (v: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** A required date (see isIsoDate). */
export const isoDate = z.string({ error: 'required' }).check(z.refine(isIsoDate, { error: 'invalidDate' }));
