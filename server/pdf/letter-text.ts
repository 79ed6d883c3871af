import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/locales';
import { countryName } from '@/lib/countries';
import { formatDate, formatDateRange } from '@/lib/format';
import { pickRow, pickText } from '@/lib/localized';
import type { LetterContext } from '@/db/queries/letters-read';
import type { VisaDetails } from '@/lib/validations/visa';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';

const catalogues = { zh, en, ko, ja, ru } as unknown as Record<Locale, typeof en>;

/** One language's part of a letter: every sentence already filled in. */
export interface LetterSection {
  locale: Locale;
  heading: string;
  to: string;
  intro: string;
  facts: [string, string][];
  paragraphs: string[];
  note: string | null;
}

const plainDate = (iso: string, locale: Locale) => formatDate(`${iso}T12:00:00Z`, 'UTC', locale);

/** The letter's words in one language, from the messages (VisaLetter.pdf) and the event as that language shows it. */
export function letterSection(locale: Locale, ctx: LetterContext, details: VisaDetails, primary: boolean): LetterSection {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'VisaLetter.pdf' });
  const { event, registration: r } = ctx;
  const text = pickRow(ctx.translations, locale, event.sourceLocale)!;
  const zone = event.timeZone;
  const dates = formatDateRange(event.startsAt.toISOString(), event.endsAt.toISOString(), zone, locale);
  const visits = ctx.visits.map((v) =>
    t('visitItem', { title: pickText(v.title, locale, event.sourceLocale)?.text ?? '', date: formatDate(v.startsAt.toISOString(), zone, locale) }),
  );
  const contact = [event.contactName, event.contactPhone, event.contactEmail].filter(Boolean).join(t('separator'));
  return {
    locale,
    heading: t('title'),
    to: t('to', { consulate: details.consulate }),
    intro: t('intro', { council: t('council') }),
    facts: [
      [t('name'), `${details.latinFamilyName} ${details.latinGivenName}`],
      [t('nationality'), countryName(details.nationality, locale)],
      [t('passport'), details.passportNumber],
      [t('birthDate'), plainDate(details.dateOfBirth, locale)],
      [t('organization'), r.position ? `${r.organization}${t('separator')}${r.position}` : r.organization],
      [t('stay'), t('stayDates', { entry: plainDate(details.entryDate, locale), exit: plainDate(details.exitDate, locale) })],
    ],
    paragraphs: [
      t('purpose', { event: text.title, dates, place: [text.venueName, text.city].filter(Boolean).join(t('separator')) }),
      ...(visits.length > 0 ? [t('visits', { list: visits.join(t('listSeparator')) })] : []),
      t('costs'),
      t('request'),
      ...(contact ? [t('contact', { contact })] : []),
    ],
    note: primary ? null : t('translationNote'),
  };
}

/** The fixed words of the letterhead and the footer in one language. */
export function letterFrame(locale: Locale) {
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'VisaLetter.pdf' });
  return {
    council: t('council'),
    place: t('place'),
    title: t('title'),
    dateLabel: t('date'),
    referenceLabel: t('reference'),
    revision: (n: number) => t('revision', { n }),
    verify: (url: string) => t('verify', { url }),
    seal: t('sealNote'),
    date: (d: Date) => formatDate(d.toISOString(), 'Asia/Shanghai', locale),
  };
}
