import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import { delegationToken } from '@/lib/crypto';
import { formatDateTimeRange, formatZone, venueLine } from '@/lib/format';
import { fullName, passportName } from '@/lib/names';
import { SEAT_HOLDING } from '@/lib/domain';
import { visitsCalendar } from './calendar';
import { itineraryDays, itineraryLabels, travelFacts } from './itinerary-days';
import { DelegationEmail } from './templates/delegation-email';
import { DelegationItineraryEmail } from './templates/delegation-itinerary-email';
import type { ComposedEmail, Mail } from './frame';

/** The head's summary of the whole delegation: every member with their reference and status, one link to the head's page. */
export async function composeDelegationSummary({ row, context, catalogue, frame, base, locale, fromName }: Mail): Promise<ComposedEmail> {
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
    ...frame,
    subject,
    intro: t(`intro.${variant}`),
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
    members: d.members.map((m) => ({
      name: m.isHead ? t('headName', { name: fullName(m) }) : fullName(m),
      latinName: passportName(m),
      reference: m.reference,
      status: e(`statusLabel.${m.status}` as 'statusLabel.confirmed'),
    })),
    manageUrl: payload.cancelled ? null : `${base}/${locale}/delegation/${delegationToken(d.id, d.tokenVersion)}`,
  });
  const html = await render(element);
  return { fromName, subject, html, text: toPlainText(html), attachments: [] };
}

/**
 * The head's itinerary roll-up (#15): every member who holds a seat with the visits each is on, in the head's
 * language, times on the event's clock; the head's own arrival and visits calendar as in a delegate's itinerary.
 */
export async function composeDelegationItinerary({ row, context, catalogue, frame, host, locale, fromName }: Mail): Promise<ComposedEmail> {
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
        name: m.isHead ? dt('headName', { name: fullName(m) }) : fullName(m),
        latinName: passportName(m),
        reference: m.reference,
        status: e(`statusLabel.${m.status}` as 'statusLabel.confirmed'),
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
