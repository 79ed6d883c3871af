import { render, toPlainText } from '@react-email/render';
import type { LocalizedText } from '@/i18n/locales';
import { formatDateTime } from '@/lib/format';
import { pickText } from '@/lib/localized';
import { visitCancellation } from './calendar';
import { cancelIcs, eventCancellationIcs, registrationFacts } from './compose-registration';
import type { ComposedEmail, Mail } from './frame';
import { RegistrationEmail } from './templates/registration-email';

/** What a visitCancelled e-mail needs of a visit that no longer exists: kept in the outbox payload. */
interface CancelledVisit {
  id: string;
  title: LocalizedText;
  startsAt: string;
  endsAt: string;
}

// The organizers called off the whole event, or one visit: no QR, no link to act on, a calendar cancellation.
const cancellationFrame = (mail: Mail) => ({
  ...mail.frame,
  ...registrationFacts(mail),
  visits: [],
  context: mail.context,
  manageUrl: null,
  qrCid: null,
  calendarHint: mail.t('calendarHintCancelled'),
});

/** The organizers called off the event: its entry and each visit entry an itinerary may have put in the calendar go. */
export async function composeEventCancelled(mail: Mail): Promise<ComposedEmail> {
  const { t, context, host } = mail;
  const { registration: r, event } = context;
  const kind = event.kind;
  const subject = t('subjects.eventCancelled', { kind, title: event.title, reference: r.reference });
  const html = await render(
    RegistrationEmail({
      ...cancellationFrame(mail),
      subject,
      intro: t('intro.eventCancelled', { kind }),
      statusText: t('cancelledByOrganizers', { kind }),
    }),
  );
  // One file per UID: the event's entry, and each visit entry an itinerary may have put in the calendar.
  const attachments = [
    eventCancellationIcs(mail),
    ...context.visits.map((v, i) =>
      cancelIcs(visitCancellation({ id: v.id, title: v.title.text, startsAt: v.startsAt, endsAt: v.endsAt }, r.id, host), `visit-${i + 1}.ics`),
    ),
  ];
  return { fromName: mail.fromName, subject, html, text: toPlainText(html), attachments };
}

/** The organizers called off one visit: the registration stands, the visit's calendar entry goes. */
export async function composeVisitCancelled(mail: Mail): Promise<ComposedEmail> {
  const { t, context, locale } = mail;
  const { registration: r, event } = context;
  const visit = (mail.row.payload as { visit?: CancelledVisit }).visit;
  if (!visit) throw new Error('visitCancelled e-mail without its visit');
  const visitTitle = pickText(visit.title, locale, event.lang)?.text ?? '';
  const subject = t('subjects.visitCancelled', { visit: visitTitle, reference: r.reference });
  const html = await render(
    RegistrationEmail({
      ...cancellationFrame(mail),
      subject,
      intro: t('intro.visitCancelled', { kind: event.kind }),
      statusText: t(`statusLabel.${r.status}` as 'statusLabel.confirmed'),
      cancelledVisit: `${visitTitle} — ${formatDateTime(visit.startsAt, event.timeZone, locale)}`,
    }),
  );
  const ics = visitCancellation({ id: visit.id, title: visitTitle, startsAt: visit.startsAt, endsAt: visit.endsAt }, r.id, mail.host);
  return { fromName: mail.fromName, subject, html, text: toPlainText(html), attachments: [cancelIcs(ics, 'visit.ics')] };
}
