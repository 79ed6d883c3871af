/**
 * What every free-text field refuses, whoever types it (delegates, organizers): C0/C1 controls, the bidi
 * marks, overrides and isolates that can disguise text (U+061C ALM included), and the invisible
 * separators and joiners that carry no meaning (U+200B, U+180E, U+2060–U+2064). Multi-line fields
 * also take tabs and line breaks.
 */
export const FORBIDDEN = /[\u0000-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;
export const FORBIDDEN_MULTILINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069]/;
