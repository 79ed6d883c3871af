import { render, toPlainText } from '@react-email/render';
import { createTranslator } from 'use-intl/core';
import type { MailVisit } from '@/lib/mail-context';
import { visitsCalendar } from './calendar';
import { composeDelegationReminder, coveredMembers } from './compose-delegation-reminder';
import { composeEventReminder } from './compose-registration';
import type { ComposedEmail, Mail } from './frame';
import { itineraryDays, itineraryLabels, travelFacts } from './itinerary-days';
import { ItineraryEmail } from './templates/itinerary-email';

/** The delegate's programme day by day, or (a reminder the evening before) the one visit of the next day. */
async function itinerary(mail: Mail, wording: { subject: string; intro: string }, visits: MailVisit[]): Promise<ComposedEmail> {
  const { t, locale, catalogue, context } = mail;
  const { registration: r, event } = context;
  const html = await render(
    ItineraryEmail({
      ...mail.frame,
      ...wording,
      contact: mail.frame.contact && { ...mail.frame.contact, heading: t('itinerary.contact') },
      reference: { label: t('reference'), value: r.reference },
      eventTitle: event.title,
      labels: itineraryLabels(locale, catalogue),
      days: itineraryDays(visits, event.timeZone, locale, catalogue),
      pendingNote: r.status === 'confirmed' ? null : t('itinerary.pendingNote'),
      travel: travelFacts(context.travel, locale, catalogue, event),
    }),
  );
  return {
    fromName: mail.fromName,
    subject: wording.subject,
    html,
    text: toPlainText(html), // the text part from the same HTML: one React render per message, not two
    attachments: [
      {
        filename: 'visits.ics',
        content: visitsCalendar({ ...context, visits }, mail.host),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      },
    ],
  };
}

export function composeItinerary(mail: Mail) {
  const { t, context } = mail;
  const update = Boolean((mail.row.payload as { update?: boolean }).update);
  const wording = {
    subject: t(update ? 'subjects.itineraryUpdate' : 'subjects.itinerary', { title: context.event.title, reference: context.registration.reference }),
    intro: t(update ? 'intro.itineraryUpdate' : 'intro.itinerary'),
  };
  return itinerary(mail, wording, context.visits);
}

/**
 * A reminder (#16): the itinerary of one visit the evening before it, or the confirmation's facts before the event;
 * a head who reaches members without an address of their own gets one naming them instead.
 */
export function composeReminder(mail: Mail) {
  const visitId = (mail.row.payload as { visitId?: string | null }).visitId;
  const members = coveredMembers(mail);
  if (members) return composeDelegationReminder(mail, members, visitId ?? null);
  if (!visitId) return composeEventReminder(mail);
  const visit = mail.context.visits.find((v) => v.id === visitId);
  if (!visit) throw new Error('reminder for a visit the delegate is no longer on');
  const reminder = createTranslator({ locale: mail.locale, messages: mail.catalogue, namespace: 'Reminders.email' });
  const wording = {
    subject: reminder('subjectVisit', { visit: visit.title.text, reference: mail.context.registration.reference }),
    intro: reminder('introVisit'),
  };
  return itinerary(mail, wording, [visit]);
}
