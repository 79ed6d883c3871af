import { LOCALES, type Locale } from '@/i18n/locales';
import { type EventInput, REQUIRED_TRANSLATION_FIELDS, emptyLocalized } from '@/lib/validations/event';

type LocalizedInput = Partial<Record<Locale, string>>;
type TranslationInput = EventInput['translations'][Locale];

export const blankTranslation = (): Required<TranslationInput> => ({
  title: '',
  theme: '',
  summary: '',
  body: '',
  city: '',
  venueName: '',
  venueAddress: '',
  coHosts: '',
  reportHeadline: '',
  report: '',
});

export const blankProgramItem = (startsAt = '') => ({
  startsAt,
  endsAt: '',
  title: emptyLocalized(),
  speaker: emptyLocalized(),
  room: emptyLocalized(),
});

export const blankStop = (at = '') => ({ at, place: emptyLocalized(), activity: emptyLocalized() });

export const blankVisit = (startsAt = '') => ({
  visitId: '',
  startsAt,
  endsAt: '',
  capacity: '',
  title: emptyLocalized(),
  description: emptyLocalized(),
  meetingPoint: emptyLocalized(),
  transport: emptyLocalized(),
  stops: [] as ReturnType<typeof blankStop>[],
});

/** A new event: a draft in Changchun's zone, written first in the organizer's own language. */
export function blankEvent(sourceLocale: Locale): EventInput {
  return {
    id: '',
    slug: '',
    kind: 'conference',
    timeZone: 'Asia/Shanghai',
    startsAt: '',
    endsAt: '',
    latitude: '',
    longitude: '',
    capacity: '',
    registrationOpensAt: '',
    registrationClosesAt: '',
    approvalMode: 'automatic',
    inviteOnly: false,
    delegationOverflow: 'waitlistAll',
    sourceLocale,
    contactName: '',
    contactPhone: '',
    contactEmail: '',
    translations: { zh: blankTranslation(), en: blankTranslation(), ko: blankTranslation(), ja: blankTranslation(), ru: blankTranslation() },
    program: [],
    visits: [],
  };
}

type CompletenessState = 'complete' | 'partial' | 'missing';
export interface Completeness {
  state: CompletenessState;
  filled: number;
  total: number;
}

/**
 * How much of the event's text exists in one language. Counted: the fields every event must have, and
 * each optional text the source language has (a body, a theme, a speaker, a stop's activity).
 */
export function completeness(values: EventInput, locale: Locale): Completeness {
  const source = values.sourceLocale ?? locale;
  let filled = 0;
  let total = 0;
  const slot = (own: string | undefined, inSource: string | undefined, always: boolean) => {
    if (!always && !inSource?.trim()) return;
    total += 1;
    if (own?.trim()) filled += 1;
  };
  const own = values.translations?.[locale] ?? {};
  const src = values.translations?.[source] ?? {};
  for (const field of REQUIRED_TRANSLATION_FIELDS) slot(own[field], src[field], true);
  for (const field of ['theme', 'body', 'venueAddress', 'coHosts', 'reportHeadline', 'report'] as const) slot(own[field], src[field], false);
  const map = (value: LocalizedInput | undefined, always: boolean) => slot(value?.[locale], value?.[source], always);
  for (const item of values.program ?? []) {
    map(item.title, true);
    map(item.speaker, false);
    map(item.room, false);
  }
  for (const visit of values.visits ?? []) {
    map(visit.title, true);
    map(visit.meetingPoint, true);
    map(visit.description, false);
    map(visit.transport, false);
    for (const stop of visit.stops ?? []) {
      map(stop.place, true);
      map(stop.activity, false);
    }
  }
  const state = filled === 0 ? 'missing' : filled === total ? 'complete' : 'partial';
  return { state, filled, total };
}

/** Every error message in a nested react-hook-form error tree, by its dotted field path. */
export function flattenErrors(tree: unknown, prefix = ''): { path: string; message: string }[] {
  if (!tree || typeof tree !== 'object') return [];
  const node = tree as { message?: unknown; type?: unknown; ref?: unknown };
  if (typeof node.message === 'string' && ('type' in node || 'ref' in node)) return [{ path: prefix, message: node.message }];
  return Object.entries(tree).flatMap(([key, value]) => (key === 'ref' || key === 'root' ? [] : flattenErrors(value, prefix ? `${prefix}.${key}` : key)));
}

/** The language an error's field is written in, if it belongs to one. */
export function localeOfPath(path: string): Locale | undefined {
  return path.split('.').find((part): part is Locale => (LOCALES as readonly string[]).includes(part));
}

export const fieldId = (path: string) => `ev-${path.replace(/\./g, '-')}`;
