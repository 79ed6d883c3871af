import { render, toPlainText } from '@react-email/render';
import QRCode from 'qrcode';
import { createTranslator } from 'use-intl/core';
import { formatDate } from '@/lib/format';
import type { MailContext } from '@/lib/mail-context';
import { fullName } from '@/lib/names';
import { registrationCalendar } from '@/lib/status-truth';
import { eventCalendar, visitsCalendar } from './calendar';
import { delegationFacts, memberLine } from './compose-delegation';
import type { ComposedEmail, Mail } from './frame';
import { itineraryDays, itineraryLabels } from './itinerary-days';
import { DelegationEmail } from './templates/delegation-email';
import { DelegationVisitReminderEmail } from './templates/delegation-visit-reminder-email';

type Member = NonNullable<MailContext['delegation']>['members'][number];

const ICS = 'text/calendar; charset=utf-8; method=PUBLISH';

/**
 * The members a head's reminder covers (queued in `payload.members`, db/queries/reminders.ts), when it covers
 * anyone but the head: then the head gets one reminder naming them; otherwise null, a reminder of one's own.
 */
export function coveredMembers({ row, context }: Mail): Member[] | null {
  const ids = (row.payload as { members?: string[] }).members ?? [];
  const d = context.delegation;
  if (!d?.isHead || ids.every((id) => id === context.registration.id)) return null;
  return d.members.filter((m) => ids.includes(m.id));
}

/**
 * The head's reminder for the members they reach (#16). It speaks of the members, and of the head only as one of
 * them (listed only when confirmed, or on the visit), so it is true whatever the head's own status.
 */
export function composeDelegationReminder(mail: Mail, members: Member[], visitId: string | null) {
  return visitId ? visitReminder(mail, members, visitId) : eventReminder(mail, members);
}

/** Before the event: the delegation, when and where, each confirmed member it covers with their reference and entrance QR code. */
async function eventReminder(mail: Mail, members: Member[]): Promise<ComposedEmail> {
  const { context, locale, catalogue, frame, t } = mail;
  const { event } = context;
  const reminder = createTranslator({ locale, messages: catalogue, namespace: 'Reminders.email' });
  const facts = delegationFacts(mail);
  const subject = reminder('subject', { kind: event.kind, title: event.title, date: formatDate(event.startsAt, event.timeZone, locale) });
  // The head's own calendar entry, as their own reminder carried, only when they are among the confirmed.
  const calendar = members.some((m) => m.isHead) && registrationCalendar(context.registration.status, event.status) === 'CONFIRMED';
  const html = await render(
    DelegationEmail({
      ...frame,
      ...facts,
      subject,
      intro: reminder('introDelegation', { kind: event.kind }),
      // Each member still confirmed when it is sent has their entrance code under their name: the head may be
      // the only one with the e-mail at the door. A member cancelled since it was queued is listed with that status, no code.
      members: members.map((m) => {
        const line = memberLine(mail, m);
        return m.status === 'confirmed'
          ? { ...line, qr: { cid: `qr-${m.reference}`, alt: reminder('memberQrAlt', { name: fullName(m), reference: m.reference }) } }
          : line;
      }),
      entranceHint: reminder('entranceHintMembers', { kind: event.kind }),
      calendarHint: calendar ? t('calendarHint') : null,
    }),
  );
  const description = t('calendarReference', { reference: context.registration.reference });
  const codes = await Promise.all(
    members
      .filter((m) => m.status === 'confirmed')
      .map(async (m) => ({
        filename: `${m.reference}.png`,
        content: await QRCode.toBuffer(m.reference, { scale: 6, margin: 1 }),
        contentType: 'image/png',
        cid: `qr-${m.reference}`,
      })),
  );
  const attachments = [
    ...codes,
    ...(calendar
      ? [
          {
            filename: 'event.ics',
            content: eventCalendar(context, mail.host, 'CONFIRMED', description, facts.manageUrl, mail.p('separator')),
            contentType: ICS,
          },
        ]
      : []),
  ];
  return { fromName: mail.fromName, subject, html, text: toPlainText(html), attachments };
}

/** The evening before a visit: the members on it, then the visit as a delegate's reminder shows it. */
async function visitReminder(mail: Mail, members: Member[], visitId: string): Promise<ComposedEmail> {
  const { context, locale, catalogue, frame } = mail;
  const d = context.delegation!;
  const visit = members.flatMap((m) => m.visits).find((v) => v.id === visitId && v.status === 'confirmed');
  if (!visit) throw new Error('reminder for a visit none of the members is on any longer');
  const reminder = createTranslator({ locale, messages: catalogue, namespace: 'Reminders.email' });
  const dt = createTranslator({ locale, messages: catalogue, namespace: 'DelegationEmail' });
  const subject = reminder('subjectVisitDelegation', { visit: visit.title.text, name: d.name });
  // The calendar holds the head's own visits only: attached when the head is on this one.
  const own = members.some((m) => m.isHead) ? context.visits.filter((v) => v.id === visitId) : [];
  const html = await render(
    DelegationVisitReminderEmail({
      ...frame,
      subject,
      intro: reminder('introVisitDelegation'),
      contact: frame.contact && { ...frame.contact, heading: mail.t('itinerary.contact') },
      labels: { ...itineraryLabels(locale, catalogue), delegation: dt('delegation'), members: dt('members'), waitlistNote: dt('itinerary.waitlistNote') },
      delegationName: d.name,
      eventTitle: context.event.title,
      members: members.map((m) => memberLine(mail, m)),
      days: itineraryDays([visit], context.event.timeZone, locale, catalogue),
      calendarHint: own.length > 0 ? dt('itinerary.calendarHint') : null,
    }),
  );
  const attachments = own.length === 0 ? [] : [{ filename: 'visits.ics', content: visitsCalendar({ ...context, visits: own }, mail.host), contentType: ICS }];
  return { fromName: mail.fromName, subject, html, text: toPlainText(html), attachments };
}
