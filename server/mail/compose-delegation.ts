import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import type { OutboundEmail } from '@/db/schema';
import type en from '@/messages/en.json';
import { delegationToken } from '@/lib/crypto';
import { formatDateTimeRange, formatZone, venueLine } from '@/lib/format';
import type { MailContext } from '@/lib/mail-context';
import { fullName, passportName } from '@/lib/names';
import { DelegationEmail } from './templates/delegation-email';
import type { EmailFrame } from './templates/shell';

type Frame = Omit<EmailFrame, 'subject' | 'intro'>;

/** The head's summary of the whole delegation: every member with their reference and status, one link to the head's page. */
export async function composeDelegationSummary(row: OutboundEmail, context: MailContext, catalogue: typeof en, frame: Frame, base: string) {
  const locale = row.locale;
  const t = createTranslator({ locale, messages: catalogue, namespace: 'DelegationEmail' });
  const e = createTranslator({ locale, messages: catalogue, namespace: 'Email' });
  const p = createTranslator({ locale, messages: catalogue, namespace: 'Punctuation' });
  const d = context.delegation;
  if (!d) throw new Error('delegationSummary e-mail without its delegation');
  const { event } = context;
  const payload = row.payload as { update?: boolean; cancelled?: boolean };
  const variant = payload.cancelled ? 'cancelled' : payload.update ? 'updated' : 'registered';
  const subject = t(`subjects.${variant}`, { name: d.name, title: event.title });
  const element = DelegationEmail({
    ...frame, subject,
    intro: t(`intro.${variant}`),
    labels: {
      delegation: t('delegation'), event: e('event'), when: e('when'), where: e('whereByKind', { kind: event.kind }),
      members: t('members'), manage: t('manage'), manageHint: t('manageHint'),
    },
    delegationName: d.name,
    eventTitle: event.title,
    when: p('list', { first: formatDateTimeRange(event.startsAt, event.endsAt, event.timeZone, locale), second: formatZone(event.startsAt, event.timeZone, locale) }),
    where: venueLine(event.venueName, event.venueAddress, event.city, p('separator')),
    members: d.members.map((m) => ({
      name: m.isHead ? t('headName', { name: fullName(m) }) : fullName(m),
      latinName: passportName(m),
      reference: m.reference,
      status: e(`statusLabel.${m.status}` as 'statusLabel.confirmed'),
    })),
    manageUrl: payload.cancelled ? null : `${base}/${locale}/delegation/${delegationToken(d.id, d.tokenVersion)}`,
  });
  const html = await render(element);
  return { fromName: e('senderName'), subject, html, text: toPlainText(html), attachments: [] };
}
