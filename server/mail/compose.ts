import { render, toPlainText } from '@react-email/render';
import QRCode from 'qrcode';
import { createTranslator } from 'use-intl/core';
import type { MailContext } from '@/lib/mail-context';
import type { OutboundEmail } from '@/db/schema';
import type { Locale, LocalizedText } from '@/i18n/locales';
import { htmlLang } from '@/i18n/routing';
import { getConfig } from '@/lib/config';
import { greetingParams } from '@/lib/names';
import { managementToken } from '@/lib/crypto';
import { pickText } from '@/lib/localized';
import { formatDate, formatDateTime, formatDateTimeRange, formatZone, venueLine } from '@/lib/format';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import { mayEnter, registrationCalendar, visitSeatShown } from '@/lib/status-truth';
import { eventCalendar, visitCancellation, visitsCalendar } from './calendar';
import { ItineraryEmail } from '@/server/mail/templates/itinerary-email';
import { itineraryDays, itineraryLabels, travelFacts } from './itinerary-days';
import { RegistrationEmail } from '@/server/mail/templates/registration-email';
import { composeDelegationItinerary, composeDelegationSummary } from './compose-delegation';
import { composeLetterEmail, isLetterKind, type LetterAttachment } from './letter-compose';

/** What a visitCancelled e-mail needs of a visit that no longer exists: kept in the outbox payload. */
interface CancelledVisit {
  id: string;
  title: LocalizedText;
  startsAt: string;
  endsAt: string;
}

// English types the catalogue; tests/messages.test.ts keeps every locale's keys identical.
export const catalogues = { zh, en, ko, ja, ru } as unknown as Record<Locale, typeof en>;

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

type EmailTranslator = ReturnType<typeof createTranslator<typeof import('@/messages/en.json'), 'Email'>>;

/** The event's contact as the e-mails show it: only the lines the event has. */
export function contactBlock(t: EmailTranslator, event: MailContext['event']) {
  const lines = [
    event.contactName && t('contact.name', { name: event.contactName }),
    event.contactPhone && t('contact.phone', { phone: event.contactPhone }),
    event.contactEmail && t('contact.email', { email: event.contactEmail }),
  ].filter((line): line is string => Boolean(line));
  return lines.length > 0 ? { heading: t('contact.heading'), lines } : null;
}

export async function composeEmail(row: OutboundEmail, context: MailContext, letter?: LetterAttachment | null): Promise<ComposedEmail> {
  const locale = row.locale;
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'Email' });
  const p = createTranslator({ locale, messages: catalogues[locale], namespace: 'Punctuation' });
  const site = createTranslator({ locale, messages: catalogues[locale], namespace: 'Metadata' })('siteName');
  const base = getConfig().PUBLIC_URL.replace(/\/$/, '');
  const host = new URL(base).hostname;
  const { registration: r, event } = context;
  const zone = event.timeZone;
  const kind = event.kind;
  const contact = contactBlock(t, event);
  const common = {
    lang: htmlLang[locale],
    siteName: site,
    greeting: t('salutation', greetingParams(r)),
    closing: t('closing'),
    signedBy: t('signedBy'),
    contact,
    // The footer sends the reader to a contact only when the e-mail shows one.
    footer: contact ? t('footerContact') : t('footerNoContact'),
  };
  const fromName = t('senderName');
  const payload = row.payload as { status?: string; update?: boolean; visit?: CancelledVisit; visitId?: string | null };
  if (row.kind === 'delegationSummary') return composeDelegationSummary(row, context, catalogues[locale], common, base);
  if (row.kind === 'delegationItinerary') return composeDelegationItinerary(row, context, catalogues[locale], common, host);
  if (isLetterKind(row.kind)) {
    if (!letter) throw new Error('letter e-mail without its letter');
    return composeLetterEmail(row, context, { ...common, fromName }, letter);
  }
  // A reminder (#16) is the itinerary of one visit the evening before it, or the confirmation's facts before the event.
  const reminder = row.kind === 'reminder' ? createTranslator({ locale, messages: catalogues[locale], namespace: 'Reminders.email' }) : null;
  const reminderVisit = reminder && payload.visitId ? context.visits.find((v) => v.id === payload.visitId) : undefined;
  if (reminder && payload.visitId && !reminderVisit) throw new Error('reminder for a visit the delegate is no longer on');

  if (row.kind === 'itinerary' || reminderVisit) {
    const update = Boolean(payload.update);
    const shownVisits = reminderVisit ? [reminderVisit] : context.visits;
    const subject =
      reminder && reminderVisit
        ? reminder('subjectVisit', { visit: reminderVisit.title.text, reference: r.reference })
        : t(update ? 'subjects.itineraryUpdate' : 'subjects.itinerary', { title: event.title, reference: r.reference });
    const element = ItineraryEmail({
      ...common,
      subject,
      contact: common.contact && { ...common.contact, heading: t('itinerary.contact') },
      intro: reminder ? reminder('introVisit') : t(update ? 'intro.itineraryUpdate' : 'intro.itinerary'),
      reference: { label: t('reference'), value: r.reference },
      eventTitle: event.title,
      labels: itineraryLabels(locale, catalogues[locale]),
      days: itineraryDays(shownVisits, zone, locale, catalogues[locale]),
      pendingNote: r.status === 'confirmed' ? null : t('itinerary.pendingNote'),
      travel: travelFacts(context.travel, locale, catalogues[locale], event),
    });
    const html = await render(element);
    return {
      fromName,
      subject,
      html,
      text: toPlainText(html), // the text part from the same HTML: one React render per message, not two
      attachments: [
        {
          filename: 'visits.ics',
          content: visitsCalendar({ ...context, visits: shownVisits }, host),
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
        },
      ],
    };
  }

  const labels = {
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
  };
  const when = p('list', { first: formatDateTimeRange(event.startsAt, event.endsAt, zone, locale), second: formatZone(event.startsAt, zone, locale) });
  const where = venueLine(event.venueName, event.venueAddress, event.city, p('separator'));
  const cancelIcs = (content: string, filename = 'event.ics') => ({ filename, content, contentType: 'text/calendar; charset=utf-8; method=CANCEL' });

  // The organizers called off the whole event, or one visit: no QR, no link to act on, a calendar cancellation.
  if (row.kind === 'eventCancelled' || row.kind === 'visitCancelled') {
    const visit = row.kind === 'visitCancelled' ? payload.visit : undefined;
    if (row.kind === 'visitCancelled' && !visit) throw new Error('visitCancelled e-mail without its visit');
    const visitTitle = visit ? (pickText(visit.title, locale, event.lang)?.text ?? '') : '';
    const subject = visit
      ? t('subjects.visitCancelled', { visit: visitTitle, reference: r.reference })
      : t('subjects.eventCancelled', { kind, title: event.title, reference: r.reference });
    const element = RegistrationEmail({
      ...common,
      subject,
      labels,
      intro: t(visit ? 'intro.visitCancelled' : 'intro.eventCancelled', { kind }),
      statusText: visit ? t(`statusLabel.${r.status}` as 'statusLabel.confirmed') : t('cancelledByOrganizers', { kind }),
      when,
      where,
      visits: [],
      context,
      manageUrl: null,
      qrCid: null,
      cancelledVisit: visit ? `${visitTitle} — ${formatDateTime(visit.startsAt, zone, locale)}` : undefined,
      calendarHint: t('calendarHintCancelled'),
    });
    // One file per UID: the event's entry, and each visit entry an itinerary may have put in the calendar.
    const calendars = visit
      ? [cancelIcs(visitCancellation({ id: visit.id, title: visitTitle, startsAt: visit.startsAt, endsAt: visit.endsAt }, r.id, host), 'visit.ics')]
      : [
          cancelIcs(eventCalendar(context, host, 'CANCELLED', t('calendarReference', { reference: r.reference }), null, p('separator'))),
          ...context.visits.map((v, i) =>
            cancelIcs(visitCancellation({ id: v.id, title: v.title.text, startsAt: v.startsAt, endsAt: v.endsAt }, r.id, host), `visit-${i + 1}.ics`),
          ),
        ];
    const html = await render(element);
    return { fromName, subject, html, text: toPlainText(html), attachments: calendars };
  }

  // Confirmation and status changes. The status at the time of the change travels in the payload.
  const status = row.kind === 'cancelled' || row.kind === 'rejected' ? row.kind : (payload.status ?? r.status);
  const manageUrl = ['cancelled', 'rejected'].includes(row.kind) ? null : `${base}/${locale}/registration/${managementToken(r.id, r.tokenVersion)}`;
  const subjectKey = row.kind === 'confirmation' ? status : row.kind === 'promoted' ? (status === 'pending' ? 'promotedPending' : 'promotedPlace') : row.kind;
  const introKey =
    row.kind === 'confirmation'
      ? ({ confirmed: 'confirmedPlace', pending: 'pendingReview', waitlisted: 'waitlistedPlace' }[status] ?? status)
      : row.kind === 'promoted'
        ? status === 'pending'
          ? 'promotedPendingPlace'
          : 'promotedPlace'
        : row.kind;
  const subject = reminder
    ? reminder('subject', { kind, title: event.title, date: formatDate(event.startsAt, zone, locale) })
    : t(`subjects.${subjectKey}` as 'subjects.confirmed', { kind, title: event.title, reference: r.reference });
  // Entrance instructions and a confirmed calendar entry only once the delegate is confirmed (lib/status-truth).
  const withQr = mayEnter(status, event.status);
  const calendarStatus = ['confirmation', 'approved', 'promoted', 'reminder'].includes(row.kind) ? registrationCalendar(status, event.status) : null;
  // A delegate who may hold a calendar entry (tentative or confirmed) gets it removed when they leave.
  const calendarCancelled = row.kind === 'cancelled' || row.kind === 'rejected';
  const element = RegistrationEmail({
    ...common,
    subject,
    labels,
    intro: reminder ? reminder('intro', { kind }) : t(`intro.${introKey}` as 'intro.confirmedPlace', { kind }),
    // A member the head registered is told by whom, and in which delegation.
    note:
      context.delegation && !context.delegation.isHead && row.kind === 'confirmation'
        ? createTranslator({ locale, messages: catalogues[locale], namespace: 'DelegationEmail' })('memberNote', {
            head: context.delegation.headName,
            delegation: context.delegation.name,
          })
        : undefined,
    statusText: t(`statusLabel.${status}` as 'statusLabel.confirmed'),
    when,
    where,
    visits:
      row.kind === 'cancelled'
        ? []
        : context.visits.map((v) => ({
            title: v.title.text,
            when: formatDateTime(v.startsAt, zone, locale),
            status: t('visitSeat', { status: visitSeatShown(status, v.status) }),
          })),
    context,
    manageUrl,
    qrCid: withQr ? 'reference-qr' : null,
    calendarHint: calendarCancelled
      ? t('calendarHintCancelled')
      : calendarStatus === 'CONFIRMED'
        ? t('calendarHint')
        : calendarStatus === 'TENTATIVE'
          ? t('calendarHintTentative')
          : null,
  });
  const attachments: ComposedEmail['attachments'] = [];
  if (withQr) {
    attachments.push({
      filename: 'reference-qr.png',
      content: await QRCode.toBuffer(r.reference, { scale: 8, margin: 1 }),
      contentType: 'image/png',
      cid: 'reference-qr',
    });
  }
  if (calendarStatus && manageUrl) {
    const description = t('calendarDescription', { reference: r.reference, url: manageUrl });
    attachments.push({
      filename: 'event.ics',
      content: eventCalendar(context, host, calendarStatus, description, manageUrl, p('separator')),
      contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
    });
  }
  if (calendarCancelled) {
    attachments.push(cancelIcs(eventCalendar(context, host, 'CANCELLED', t('calendarReference', { reference: r.reference }), null, p('separator'))));
  }
  const html = await render(element);
  return { fromName, subject, html, text: toPlainText(html), attachments };
}
