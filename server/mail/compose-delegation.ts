import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import { delegationToken } from '@/lib/crypto';
import { formatDateTimeRange, formatZone, venueLine } from '@/lib/format';
import { fullName, passportName } from '@/lib/names';
import { SEAT_HOLDING } from '@/lib/domain';
import type { MailContext } from '@/lib/mail-context';
import { visitsCalendar } from './calendar';
import { itineraryDays, itineraryLabels, travelFacts } from './itinerary-days';
import { DelegationEmail, type MemberLine } from './templates/delegation-email';
import { DelegationItineraryEmail } from './templates/delegation-itinerary-email';
import type { ComposedEmail, Mail } from './frame';

type Member = NonNullable<MailContext['delegation']>['members'][number];

/** A member as the head's e-mails list them: the head marked, passport name, reference and status in the head's words. */
export function memberLine({ locale, catalogue }: Mail, m: Member): MemberLine {
  const t = createTranslator({ locale, messages: catalogue, namespace: 'DelegationEmail' });
  const e = createTranslator({ locale, messages: catalogue, namespace: 'Email' });
  return {
    name: m.isHead ? t('headName', { name: fullName(m) }) : fullName(m),
    latinName: passportName(m),
    reference: m.reference,
    status: e(`statusLabel.${m.status}` as 'statusLabel.confirmed'),
  };
}

/** What the head's summary and event reminder share: the delegation, the event, when and where, the link to the head's page. */
export function delegationFacts({ context, catalogue, base, locale }: Mail) {
  const t = createTranslator({ locale, messages: catalogue, namespace: 'DelegationEmail' });
  const e = createTranslator({ locale, messages: catalogue, namespace: 'Email' });
  const p = createTranslator({ locale, messages: catalogue, namespace: 'Punctuation' });
  const d = context.delegation;
  if (!d) throw new Error('delegation e-mail without its delegation');
  const { event } = context;
  return {
    labels: {
      delegation: t('delegation'),
      event: e('event'),
      when: e('when'),
      where: e('whereByKind', { kind: event.kind }),
      members: t('members'),
      manage: t('manage'),
      manageHint: t('manageHint'),
    },
    delegationName: d.name,
    eventTitle: event.title,
    when: p('list', {
      first: formatDateTimeRange(event.startsAt, event.endsAt, event.timeZone, locale),
      second: formatZone(event.startsAt, event.timeZone, locale),
    }),
    where: venueLine(event.venueName, event.venueAddress, event.city, p('separator')),
    manageUrl: `${base}/${locale}/delegation/${delegationToken(d.id, d.tokenVersion)}`,
  };
}

/** The head's summary of the whole delegation: every member with their reference and status, one link to the head's page. */
export async function composeDelegationSummary(mail: Mail): Promise<ComposedEmail> {
  const { row, context, catalogue, frame, locale, fromName } = mail;
  const t = createTranslator({ locale, messages: catalogue, namespace: 'DelegationEmail' });
  const facts = delegationFacts(mail);
  const payload = row.payload as { update?: boolean; cancelled?: boolean };
  const variant = payload.cancelled ? 'cancelled' : payload.update ? 'updated' : 'registered';
  const subject = t(`subjects.${variant}`, { name: facts.delegationName, title: context.event.title });
  const element = DelegationEmail({
    ...frame,
    ...facts,
    subject,
    intro: t(`intro.${variant}`),
    members: context.delegation!.members.map((m) => memberLine(mail, m)),
    manageUrl: payload.cancelled ? null : facts.manageUrl,
  });
  const html = await render(element);
  return { fromName, subject, html, text: toPlainText(html), attachments: [] };
}

/**
 * The head's itinerary roll-up (#15): every member who holds a seat with the visits each is on, in the head's
 * language, times on the event's clock; the head's own arrival and visits calendar as in a delegate's itinerary.
 */
export async function composeDelegationItinerary(mail: Mail): Promise<ComposedEmail> {
  const { row, context, catalogue, frame, host, locale, fromName } = mail;
  const dt = createTranslator({ locale, messages: catalogue, namespace: 'DelegationEmail' });
  const t = createTranslator({ locale, messages: catalogue, namespace: 'DelegationEmail.itinerary' });
  const e = createTranslator({ locale, messages: catalogue, namespace: 'Email' });
  const d = context.delegation;
  if (!d?.isHead) throw new Error('delegationItinerary e-mail without the head of its delegation');
  const { event } = context;
  const update = Boolean((row.payload as { update?: boolean }).update);
  const subject = t(update ? 'subjectUpdate' : 'subject', { name: d.name, title: event.title });
  const zone = event.timeZone;
  const element = DelegationItineraryEmail({
    ...frame,
    subject,
    contact: frame.contact && { ...frame.contact, heading: e('itinerary.contact') },
    intro: t(update ? 'introUpdate' : 'intro'),
    // A wait-listed visit is told of the member, not of "you": the head reads it.
    labels: { ...itineraryLabels(locale, catalogue), delegation: dt('delegation'), noVisits: t('noVisits'), waitlistNote: t('waitlistNote') },
    delegationName: d.name,
    eventTitle: event.title,
    travel: travelFacts(context.travel, locale, catalogue, event),
    members: d.members
      .filter((m) => SEAT_HOLDING.includes(m.status as never))
      .map((m) => ({
        ...memberLine(mail, m),
        // A pending member's programme is not a promise (lib/status-truth): said beside their name.
        pendingNote: m.status === 'confirmed' ? null : t('pendingNote'),
        days: itineraryDays(m.visits, zone, locale, catalogue),
      })),
    calendarHint: context.visits.length > 0 ? t('calendarHint') : null,
  });
  const html = await render(element);
  const attachments =
    context.visits.length === 0
      ? []
      : [{ filename: 'visits.ics', content: visitsCalendar(context, host), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }];
  return { fromName, subject, html, text: toPlainText(html), attachments };
}
