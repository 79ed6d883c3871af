import { createTranslator } from 'use-intl/core';
import type { Announcement, OutboundEmail } from '@/db/schema';
import type { Locale } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { getConfig } from '@/lib/config';
import type { MailContext } from '@/lib/mail-context';
import { greetingParams } from '@/lib/names';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import type { LetterAttachment } from './letter-compose';
import type { EmailFrame } from './templates/shell';

// English types the catalogue; tests/messages.test.ts keeps every locale's keys identical.
const catalogues = { zh, en, ko, ja, ru } as unknown as Record<Locale, typeof en>;

export interface ComposedEmail {
  /** The From display name in the delegate's language; the address stays MAIL_FROM's. */
  fromName: string;
  subject: string;
  html: string;
  text: string;
  /** `private`: sent, but left out of the copy the e-mail log keeps (a visa letter holds passport data). */
  attachments: { filename: string; content: Buffer | string; contentType: string; cid?: string; private?: boolean }[];
  /** Extra message headers (an announcement's List-Unsubscribe). */
  headers?: Record<string, string>;
}

/** What the worker loads beyond the registration for the kinds that need it. */
export interface MailExtras {
  letter?: LetterAttachment | null;
  announcement?: Announcement | null;
}

const translators = (locale: Locale) => ({
  t: createTranslator({ locale, messages: catalogues[locale], namespace: 'Email' }),
  p: createTranslator({ locale, messages: catalogues[locale], namespace: 'Punctuation' }),
});
type EmailTranslator = ReturnType<typeof translators>['t'];

/** Everything a composer starts from: the outbox row, the registration and event, the reader's language and the frame. */
export interface Mail extends ReturnType<typeof translators>, MailExtras {
  row: OutboundEmail;
  context: MailContext;
  locale: Locale;
  catalogue: typeof en;
  /** The frame every e-mail shares (greeting, sign-off, contact, footer), in the reader's language. */
  frame: Omit<EmailFrame, 'subject' | 'intro'>;
  fromName: string;
  /** PUBLIC_URL without its trailing slash, and its host (calendar UIDs). */
  base: string;
  host: string;
}

/** The event's contact as the e-mails show it: only the lines the event has. */
function contactBlock(t: EmailTranslator, event: MailContext['event']) {
  const lines = [
    event.contactName && t('contact.name', { name: event.contactName }),
    event.contactPhone && t('contact.phone', { phone: event.contactPhone }),
    event.contactEmail && t('contact.email', { email: event.contactEmail }),
  ].filter((line): line is string => Boolean(line));
  return lines.length > 0 ? { heading: t('contact.heading'), lines } : null;
}

/** The shared part of every e-mail, worked out once: each composer adds only what its kind says. */
export function mailFor(row: OutboundEmail, context: MailContext, extras: MailExtras = {}): Mail {
  const locale = row.locale;
  const catalogue = catalogues[locale];
  const { t, p } = translators(locale);
  const base = getConfig().PUBLIC_URL.replace(/\/$/, '');
  const contact = contactBlock(t, context.event);
  return {
    ...extras,
    row,
    context,
    locale,
    catalogue,
    t,
    p,
    frame: {
      lang: htmlLang[locale],
      siteName: createTranslator({ locale, messages: catalogue, namespace: 'Metadata' })('siteName'),
      greeting: t('salutation', greetingParams(context.registration)),
      closing: t('closing'),
      signedBy: t('signedBy'),
      contact,
      // The footer sends the reader to a contact only when the e-mail shows one.
      footer: contact ? t('footerContact') : t('footerNoContact'),
    },
    fromName: t('senderName'),
    base,
    host: new URL(base).hostname,
  };
}
