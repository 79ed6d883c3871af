import type { Locale } from '@/i18n/locales';

const NBSP = '\u00a0';

/**
 * Russian line-breaking rules for titles: a dash never starts a line and a one-letter preposition or
 * conjunction (в, к, с, о, у, и, а) never ends one ("…Азии — 2027", "в Северо-Восточной Азии").
 */
export function typeset(text: string, lang: Locale): string {
  if (lang !== 'ru') return text;
  return text.replace(/ ([—–]) /g, `${NBSP}$1 `).replace(/(^|[\s(«])([вкосуиаВКОСУИА]) /g, `$1$2${NBSP}`);
}
