import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import type { ComposedEmail, Mail } from './frame';
import { LetterEmail } from './templates/letter-email';

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
export async function composeLetterEmail({ row, context, locale, catalogue, frame, fromName, letter }: Mail): Promise<ComposedEmail> {
  if (!letter) throw new Error('letter e-mail without its letter');
  const kind = row.kind as (typeof LETTER_KINDS)[number];
  const t = createTranslator({ locale, messages: catalogue, namespace: 'VisaLetter.email' });
  const subject = t(`subjects.${kind}`, { reference: letter.reference });
  const html = await render(
    LetterEmail({
      ...frame,
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
  return { fromName, subject, html, text: toPlainText(html), attachments };
}
