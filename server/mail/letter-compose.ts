import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/locales';
import type { OutboundEmail } from '@/db/schema';
import type { MailContext } from '@/lib/mail-context';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import type { ComposedEmail } from './compose';
import type { EmailFrame } from './templates/shell';
import { LetterEmail } from './templates/letter-email';

const catalogues = { zh, en, ko, ja, ru } as unknown as Record<Locale, typeof en>;

/** What the worker loads for a letter e-mail: the letter as it stands when the message is sent. */
export interface LetterAttachment {
  reference: string;
  reason: string | null;
  verifyUrl: string;
  /** The issued PDF; only for `visaLetter`. */
  pdf: Buffer | null;
}

export const LETTER_KINDS = ['visaLetter', 'visaLetterRefused', 'visaLetterRevoked'] as const;
export const isLetterKind = (kind: string): kind is (typeof LETTER_KINDS)[number] => (LETTER_KINDS as readonly string[]).includes(kind);

/** A letter e-mail in the delegate's language; the issued one carries the PDF, kept out of the e-mail log. */
export async function composeLetterEmail(
  row: OutboundEmail,
  context: MailContext,
  common: Omit<EmailFrame, 'subject' | 'intro'> & { fromName: string },
  letter: LetterAttachment,
): Promise<ComposedEmail> {
  const kind = row.kind as (typeof LETTER_KINDS)[number];
  const t = createTranslator({ locale: row.locale, messages: catalogues[row.locale], namespace: 'VisaLetter.email' });
  const subject = t(`subjects.${kind}`, { reference: letter.reference });
  const html = await render(
    LetterEmail({
      ...common,
      subject,
      intro: t(`intro.${kind}`),
      eventTitle: context.event.title,
      labels: { event: t('event'), reference: t('letterReference'), reason: t('reason'), verify: t('verify') },
      reference: letter.reference,
      reason: kind === 'visaLetter' ? null : letter.reason,
      verifyUrl: kind === 'visaLetter' ? letter.verifyUrl : null,
    }),
  );
  const attachments: ComposedEmail['attachments'] =
    kind === 'visaLetter' && letter.pdf
      ? [{ filename: `invitation-letter-${letter.reference}.pdf`, content: letter.pdf, contentType: 'application/pdf', private: true }]
      : [];
  return { fromName: common.fromName, subject, html, text: toPlainText(html), attachments };
}
