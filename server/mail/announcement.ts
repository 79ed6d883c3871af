import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import type { Announcement } from '@/db/schema';
import { htmlLang } from '@/i18n/routing';
import { getConfig } from '@/lib/config';
import { stopToken } from '@/lib/crypto';
import { pickText } from '@/lib/localized';
import type { MailContext } from '@/lib/mail-context';
import { greetingParams } from '@/lib/names';
import { catalogues, type ComposedEmail, contactBlock } from './compose';
import { AnnouncementEmail } from './templates/announcement-email';

/** The stop link of a registration and the RFC 8058 headers that let mail clients offer it as one click. */
function stopLinks(registrationId: string, locale: string) {
  const base = getConfig().PUBLIC_URL.replace(/\/$/, '');
  const token = stopToken(registrationId);
  return {
    page: `${base}/${locale}/stop/${token}`,
    headers: { 'List-Unsubscribe': `<${base}/api/stop/${token}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** An announcement in the reader's language, or in its source language with a note saying so (#16). */
export async function composeAnnouncement(context: MailContext, a: Announcement): Promise<ComposedEmail> {
  const { registration: r, event } = context;
  const locale = r.locale;
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'Email' });
  const own = createTranslator({ locale, messages: catalogues[locale], namespace: 'Announcements.email' });
  const languages = createTranslator({ locale, messages: catalogues[locale], namespace: 'Announcements.email.languageNames' });
  const site = createTranslator({ locale, messages: catalogues[locale], namespace: 'Metadata' })('siteName');
  // Subject and body travel together: both in the reader's language, or both in the source language.
  const lang = a.subject[locale] && a.body[locale] ? locale : pickText(a.body, locale, a.sourceLocale)!.lang;
  const subject = a.subject[lang] ?? '';
  const contact = contactBlock(t, event);
  const links = stopLinks(r.id, locale);
  const html = await render(
    AnnouncementEmail({
      lang: htmlLang[locale],
      siteName: site,
      subject,
      greeting: t('salutation', greetingParams(r)),
      closing: t('closing'),
      signedBy: t('signedBy'),
      contact,
      footer: contact ? t('footerContact') : t('footerNoContact'),
      eventTitle: event.title,
      body: a.body[lang] ?? '',
      bodyLang: lang === locale ? null : htmlLang[lang],
      fallbackNote: lang === locale ? null : own('fallback', { language: languages(lang) }),
      stop: { url: links.page, label: own('stop'), hint: own('stopHint') },
    }),
  );
  return { fromName: t('senderName'), subject, html, text: toPlainText(html), attachments: [], headers: links.headers };
}
