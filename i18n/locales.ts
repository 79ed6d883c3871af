/** The five languages, in the order the switcher shows them. No imports: safe for client bundles. */
export const LOCALES = ['zh', 'en', 'ko', 'ja', 'ru'] as const;
export type Locale = (typeof LOCALES)[number];
/** Translated text kept beside its row: one entry per locale that has it. */
export type LocalizedText = Partial<Record<Locale, string>>;
