import { render, toPlainText } from '@react-email/render';
import QRCode from 'qrcode';
import { createTranslator } from 'use-intl/core';
import { managementToken } from '@/lib/crypto';
import { formatDate, formatDateTime, formatDateTimeRange, formatZone, venueLine } from '@/lib/format';
import { mayEnter, registrationCalendar, visitSeatShown } from '@/lib/status-truth';
import type en from '@/messages/en.json';
import { eventCalendar } from './calendar';
import type { ComposedEmail, Mail } from './frame';
import { RegistrationEmail } from './templates/registration-email';

type SubjectKey = keyof typeof en.Email.subjects;
type IntroKey = keyof typeof en.Email.intro;

/** The event's facts as a registration e-mail shows them: labels, when and where. */
export function registrationFacts({ t, p, context, locale }: Mail) {
  const { registration: r, event } = context;
  const kind = event.kind;
  return {
    labels: {
      reference: t('reference'),
      event: t('event'),
      when: t('when'),
      where: t('whereByKind', { kind }),
      status: t('status'),
      visits: t('visits'),
      manage: t('manage'),
      manageHint: t('manageHint'),
      qrAlt: t('qrAlt', { reference: r.reference }),
      entranceHint: t('entranceHint', { kind }),
    },
    when: p('list', {
      first: formatDateTimeRange(event.startsAt, event.endsAt, event.timeZone, locale),
      second: formatZone(event.startsAt, event.timeZone, locale),
    }),
    where: venueLine(event.venueName, event.venueAddress, event.city, p('separator')),
  };
}

export const cancelIcs = (content: string, filename = 'event.ics') => ({ filename, content, contentType: 'text/calendar; charset=utf-8; method=CANCEL' });

/** The calendar file that removes the event's entry from the delegate's calendar. */
export const eventCancellationIcs = ({ t, p, context, host }: Mail) =>
  cancelIcs(eventCalendar(context, host, 'CANCELLED', t('calendarReference', { reference: context.registration.reference }), null, p('separator')));

interface StatusEmail {
  /** The subject and the opening, given the status the e-mail speaks of. */
  wording: (mail: Mail, status: string) => { subject: string; intro: string };
  /** The delegate leaves (its status is the kind's own): no link to act on, the calendar entry removed. */
  leaves?: 'rejected' | 'cancelled';
  /** Attach the event's calendar entry, tentative or confirmed as lib/status-truth says. */
  calendar?: boolean;
  /** A member the head registered is told by whom, and in which delegation. */
  memberNote?: boolean;
}

/** The standard wording of a kind: `Email.subjects.<subject>` and `Email.intro.<intro>`. */
const worded =
  (subject: SubjectKey, intro: IntroKey) =>
  ({ t, context }: Mail) => ({
    subject: t(`subjects.${subject}`, { kind: context.event.kind, title: context.event.title, reference: context.registration.reference }),
    intro: t(`intro.${intro}`, { kind: context.event.kind }),
  });

/** Confirmation and status changes: one e-mail, its wording, calendar file and link set by its kind. */
function statusEmail(kind: StatusEmail) {
  return async (mail: Mail): Promise<ComposedEmail> => {
    const { t, locale, context, row } = mail;
    const { registration: r, event } = context;
    // The status at the time of the change travels in the payload.
    const status = kind.leaves ?? (row.payload as { status?: string }).status ?? r.status;
    const manageUrl = kind.leaves ? null : `${mail.base}/${locale}/registration/${managementToken(r.id, r.tokenVersion)}`;
    const { subject, intro } = kind.wording(mail, status);
    // Entrance instructions and a confirmed calendar entry only once the delegate is confirmed (lib/status-truth).
    const withQr = mayEnter(status, event.status);
    const calendarStatus = kind.calendar ? registrationCalendar(status, event.status) : null;
    const element = RegistrationEmail({
      ...mail.frame,
      ...registrationFacts(mail),
      subject,
      intro,
      note:
        kind.memberNote && context.delegation && !context.delegation.isHead
          ? createTranslator({ locale, messages: mail.catalogue, namespace: 'DelegationEmail' })('memberNote', {
              head: context.delegation.headName,
              delegation: context.delegation.name,
            })
          : undefined,
      statusText: t(`statusLabel.${status}` as 'statusLabel.confirmed'),
      visits:
        kind.leaves === 'cancelled'
          ? []
          : context.visits.map((v) => ({
              title: v.title.text,
              when: formatDateTime(v.startsAt, event.timeZone, locale),
              status: t('visitSeat', { status: visitSeatShown(status, v.status) }),
            })),
      context,
      manageUrl,
      qrCid: withQr ? 'reference-qr' : null,
      // A delegate who may hold a calendar entry (tentative or confirmed) gets it removed when they leave.
      calendarHint: kind.leaves
        ? t('calendarHintCancelled')
        : calendarStatus === 'CONFIRMED'
          ? t('calendarHint')
          : calendarStatus === 'TENTATIVE'
            ? t('calendarHintTentative')
            : null,
    });
    const attachments: ComposedEmail['attachments'] = [];
    if (withQr) {
      const qr = await QRCode.toBuffer(r.reference, { scale: 8, margin: 1 });
      attachments.push({ filename: 'reference-qr.png', content: qr, contentType: 'image/png', cid: 'reference-qr' });
    }
    if (calendarStatus && manageUrl) {
      const description = t('calendarDescription', { reference: r.reference, url: manageUrl });
      attachments.push({
        filename: 'event.ics',
        content: eventCalendar(context, mail.host, calendarStatus, description, manageUrl, mail.p('separator')),
        contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
      });
    }
    if (kind.leaves) attachments.push(eventCancellationIcs(mail));
    const html = await render(element);
    return { fromName: mail.fromName, subject, html, text: toPlainText(html), attachments };
  };
}

const CONFIRMATION_INTRO: Record<string, IntroKey> = { confirmed: 'confirmedPlace', pending: 'pendingReview', waitlisted: 'waitlistedPlace' };

export const composeConfirmation = statusEmail({
  wording: (mail, status) => worded(status as SubjectKey, CONFIRMATION_INTRO[status] ?? (status as IntroKey))(mail),
  calendar: true,
  memberNote: true,
});
export const composeDuplicate = statusEmail({ wording: worded('duplicate', 'duplicate') });
export const composeApproved = statusEmail({ wording: worded('approved', 'approved'), calendar: true });
export const composePromoted = statusEmail({
  wording: (mail, status) => (status === 'pending' ? worded('promotedPending', 'promotedPendingPlace') : worded('promotedPlace', 'promotedPlace'))(mail),
  calendar: true,
});
export const composeChanged = statusEmail({ wording: worded('changed', 'changed') });
export const composeRejected = statusEmail({ wording: worded('rejected', 'rejected'), leaves: 'rejected' });
export const composeCancelled = statusEmail({ wording: worded('cancelled', 'cancelled'), leaves: 'cancelled' });

/** The reminder before the event (#16): the confirmation's facts under the reminder's own wording. */
export const composeEventReminder = statusEmail({
  wording: ({ locale, catalogue, context: { event } }) => {
    const reminder = createTranslator({ locale, messages: catalogue, namespace: 'Reminders.email' });
    return {
      subject: reminder('subject', { kind: event.kind, title: event.title, date: formatDate(event.startsAt, event.timeZone, locale) }),
      intro: reminder('intro', { kind: event.kind }),
    };
  },
  calendar: true,
});
