import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { countryName } from '@/lib/countries';
import { visitSeatShown } from '@/lib/status-truth';
import { utcToZonedLocal } from '@/lib/zoned-time';
import type { ExportWords } from './export';

type Messages = Parameters<typeof createTranslator>[0]['messages'];

/** Statuses, countries, types and languages as words of the exporting organizer's language; times in the event's zone (U13). */
export function exportWords(messages: Messages, locale: Locale, timeZone: string, visitTitle: (id: string) => string): ExportWords {
  const at = (namespace: string) =>
    createTranslator({ locale, messages, namespace: namespace as never }) as unknown as {
      (key: string, values?: Record<string, string>): string;
      has: (key: string) => boolean;
    };
  const statuses = at('Admin.statuses');
  const types = at('RegistrationForm.delegationTypes');
  const registration = at('Admin.registration');
  const words = at('Export');
  const languages = new Intl.DisplayNames(htmlLang[locale], { type: 'language' });
  const known = (t: ReturnType<typeof at>, code: string) => (t.has(code) ? t(code) : code);
  return {
    status: (code) => known(statuses, code),
    country: (code) => countryName(code, locale),
    type: (code) => known(types, code),
    language: (code) => languages.of(code) ?? code,
    visit: (id, status, seat) => `${visitTitle(id)} (${registration('visitSeat', { status: visitSeatShown(status, seat as 'confirmed' | 'waitlisted') })})`,
    yesNo: (value) => words(value ? 'yes' : 'no'),
    time: (instant) => utcToZonedLocal(instant, timeZone).replace('T', ' '),
  };
}
