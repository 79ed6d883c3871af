/** The five languages, in the order the switcher shows them. No imports: safe for client bundles. */
export const LOCALES = ['zh', 'en', 'ko', 'ja', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
/** Translated text kept beside its row: one entry per locale that has it. */
export type LocalizedText = Partial<Record<Locale, string>>;
/** Whether a value from outside the type system (a URL segment, a query parameter, a form field) is one of the locales. */
export const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale === value);
