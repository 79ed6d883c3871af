import codes from 'i18n-iso-countries/codes.json';
import * as z from 'zod/mini';

// zod compiles object parsers with `new Function` when eval is allowed, and finds out by trying it: under
// this site's Content-Security-Policy (no 'unsafe-eval') every page that validates logged a CSP violation.
// Interpreted parsing is as correct and fast enough for forms; the setting is global (classic zod too).
z.config({ jitless: true });

/**
 * What every free-text field refuses, whoever types it (delegates, organizers): C0/C1 controls, the bidi
 * marks, overrides and isolates that can disguise text (U+061C ALM included), and the invisible
 * separators and joiners that carry no meaning (U+200B, U+180E, U+2060–U+2064). Multi-line fields
 * also take tabs and line breaks.
 */
export const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;
export const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;

// The library's code table alone: its name lookups (diacritics, languages) stay out of the browser's bundle.
const ALPHA2 = new Set(codes.map(([alpha2]) => alpha2));

/** A country or nationality from a select: an ISO 3166-1 alpha-2 code; "choose" rather than "fill in". */
export const country = z.string({ error: 'choose' }).check(z.refine((v) => /^[A-Z]{2}$/.test(v) && ALPHA2.has(v), { error: 'choose' }));

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = z.string({ error: 'required' }).check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalidDate' }),
  z.refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: 'invalidDate' }),
);
