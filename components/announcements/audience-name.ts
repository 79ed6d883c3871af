import type { Locale } from '@/i18n/locales';
import type { Audience } from '@/lib/announcements';
import { countryName } from '@/lib/countries';

export interface AudienceChoices {
  visits: { id: string; title: string }[];
  delegations: { id: string; name: string }[];
}

/** What an audience's value names, in the reader's words: the visit, the delegation or the country. */
export function audienceValueName(a: Audience, choices: AudienceChoices, locale: Locale) {
  if (!a.value) return null;
  if (a.kind === 'visit') return choices.visits.find((v) => v.id === a.value)?.title ?? null;
  if (a.kind === 'delegation') return choices.delegations.find((d) => d.id === a.value)?.name ?? null;
  return a.kind === 'country' ? countryName(a.value, locale) : null;
}
