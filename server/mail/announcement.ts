import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import { htmlLang } from '@/i18n/routing';
import { stopToken } from '@/lib/crypto';
import { pickText } from '@/lib/localized';
import type { ComposedEmail, Mail } from './frame';
import { AnnouncementEmail } from './templates/announcement-email';

/** The stop link of a registration and the RFC 8058 headers that let mail clients offer it as one click. */
function stopLinks(base: string, registrationId: string, locale: string) {
  const token = stopToken(registrationId);
  return {
    page: `${base}/${locale}/stop/${token}`,
    headers: { 'List-Unsubscribe': `<${base}/api/stop/${token}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** An announcement in the reader's language, or in its source language with a note saying so (#16). */
export async function composeAnnouncement({ announcement: a, context, locale, catalogue, frame, fromName, base }: Mail): Promise<ComposedEmail> {
  if (!a) throw new Error('announcement e-mail without its announcement');
  const own = createTranslator({ locale, messages: catalogue, namespace: 'Announcements.email' });
  const languages = createTranslator({ locale, messages: catalogue, namespace: 'Announcements.email.languageNames' });
  // Subject and body travel together: both in the reader's language, or both in the source language.
  const lang = a.subject[locale] && a.body[locale] ? locale : pickText(a.body, locale, a.sourceLocale)!.lang;
  const subject = a.subject[lang] ?? '';
  const links = stopLinks(base, context.registration.id, locale);
  const html = await render(
    AnnouncementEmail({
      ...frame,
      subject,
      eventTitle: context.event.title,
      body: a.body[lang] ?? '',
      bodyLang: lang === locale ? null : htmlLang[lang],
      fallbackNote: lang === locale ? null : own('fallback', { language: languages(lang) }),
      stop: { url: links.page, label: own('stop'), hint: own('stopHint') },
    }),
  );
  return { fromName, subject, html, text: toPlainText(html), attachments: [], headers: links.headers };
}
