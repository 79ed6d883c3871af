import { getTranslations } from 'next-intl/server';
import { LOCALES, type Locale } from '@/i18n/locales';
import { AUDIENCE_KINDS } from '@/lib/announcements';
import type { AnnouncementFormLabels } from './announcement-form';

/** The form's words in the organizer's language (client components get strings, not the catalogue). */
export async function announcementFormLabels(locale: Locale): Promise<AnnouncementFormLabels> {
  const t = await getTranslations({ locale, namespace: 'Announcements' });
  return {
    sourceLocale: t('form.sourceLocale'),
    audience: t('form.audience'),
    visit: t('form.visit'),
    delegation: t('form.delegation'),
    country: t('form.country'),
    subject: t('form.subject'),
    body: t('form.body'),
    bodyHint: t('form.bodyHint'),
    save: t('form.save'),
    errorSummary: t('form.errorSummary'),
    languages: Object.fromEntries(LOCALES.map((l) => [l, t(`languages.${l}`)])) as Record<Locale, string>,
    audiences: Object.fromEntries(AUDIENCE_KINDS.map((k) => [k, t(`audiences.${k}`)])) as AnnouncementFormLabels['audiences'],
    errors: {
      sourceMissing: t('form.errors.sourceMissing'),
      halfTranslated: t('form.errors.halfTranslated'),
      chooseVisit: t('form.errors.chooseVisit'),
      chooseDelegation: t('form.errors.chooseDelegation'),
      chooseCountry: t('form.errors.chooseCountry'),
      tooLong: t('form.errors.tooLong'),
      invalidCharacters: t('form.errors.invalidCharacters'),
      invalid: t('form.errors.invalid'),
    },
  };
}
