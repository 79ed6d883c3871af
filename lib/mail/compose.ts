import { render, toPlainText } from '@react-email/render';
import QRCode from 'qrcode';
import { createTranslator } from 'use-intl/core';
import type { MailContext } from '@/db/queries/mail';
import type { Locale, OutboundEmail } from '@/db/schema';
import { htmlLang } from '@/i18n/routing';
import { getConfig } from '@/lib/config';
import { greetingParams } from '@/lib/names';
import { BEIJING } from '@/lib/zone-names';
import { managementToken } from '@/lib/crypto';
import { dayKey, formatDate, formatDateTime, formatDateTimeRange, formatTime, formatZone, venueLine } from '@/lib/format';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import { eventCalendar, visitsCalendar } from './calendar';
import { ItineraryEmail, type ItineraryDay } from './templates/itinerary-email';
import { RegistrationEmail } from './templates/registration-email';

// English types the catalogue; tests/messages.test.ts keeps every locale's keys identical.
const catalogues = { zh, en, ko, ja, ru } as unknown as Record<Locale, typeof en>;

export interface ComposedEmail {
  subject: string;
  html: string;
  text: string;
  attachments: { filename: string; content: Buffer | string; contentType: string; cid?: string }[];
}

export async function composeEmail(row: OutboundEmail, context: MailContext): Promise<ComposedEmail> {
  const locale = row.locale;
  const t = createTranslator({ locale, messages: catalogues[locale], namespace: 'Email' });
  const p = createTranslator({ locale, messages: catalogues[locale], namespace: 'Punctuation' });
  const site = createTranslator({ locale, messages: catalogues[locale], namespace: 'Metadata' })('siteName');
  const base = getConfig().PUBLIC_URL.replace(/\/$/, '');
  const host = new URL(base).hostname;
  const { registration: r, event } = context;
  const zone = event.timeZone;
  const common = {
    lang: htmlLang[locale],
    siteName: site,
    greeting: t('salutation', greetingParams(r)),
    signature: t('signature'),
    footer: t('footer'),
  };
  const payload = row.payload as { status?: string; update?: boolean };

  if (row.kind === 'itinerary') {
    const update = Boolean(payload.update);
    const subject = t(update ? 'subjects.itineraryUpdate' : 'subjects.itinerary', { title: event.title, reference: r.reference });
    const days = new Map<string, ItineraryDay>();
    for (const visit of context.visits) {
      const key = dayKey(visit.startsAt, zone);
      // Outside Beijing time the day names its zone, so 09:00 in Vladivostok is not read as Beijing time.
      const date = formatDate(visit.startsAt, zone, locale);
      const day = days.get(key) ?? { date: zone === BEIJING ? date : p('list', { first: date, second: formatZone(visit.startsAt, zone, locale) }), visits: [] };
      day.visits.push({
        title: visit.title.text,
        meetAt: t('itinerary.meetAt', { time: formatTime(visit.startsAt, zone, locale) }),
        meetingPoint: visit.meetingPoint?.text ?? null,
        transport: visit.transport?.text ?? null,
        waitlisted: visit.status === 'waitlisted',
        stops: visit.stops.map((s) => ({ time: formatTime(s.at, zone, locale), place: s.place.text, activity: s.activity?.text ?? null })),
      });
      days.set(key, day);
    }
    const contact = [event.contactName, event.contactPhone, event.contactEmail].filter(Boolean).join(' · ') || null;
    const element = ItineraryEmail({
      ...common, subject,
      intro: t(update ? 'intro.itineraryUpdate' : 'intro.itinerary'),
      reference: { label: t('reference'), value: r.reference },
      eventTitle: event.title,
      labels: {
        meetingPoint: t('itinerary.meetingPoint'), transport: t('itinerary.transport'), stops: t('itinerary.stops'),
        contact: t('itinerary.contact'), calendarHint: t('itinerary.calendarHint'), waitlistNote: t('itinerary.waitlistNote'),
      },
      contact,
      days: [...days.values()],
    });
    const html = await render(element);
    return {
      subject,
      html,
      text: toPlainText(html), // the text part from the same HTML: one React render per message, not two
      attachments: [{ filename: 'visits.ics', content: visitsCalendar(context, host), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    };
  }

  // Confirmation and status changes. The status at the time of the change travels in the payload.
  const status = payload.status ?? r.status;
  const manageUrl = ['cancelled', 'rejected'].includes(row.kind) ? null
    : `${base}/${locale}/registration/${managementToken(r.id, r.tokenVersion)}`;
  const subjectKey = row.kind === 'confirmation' ? status : row.kind;
  const introKey = row.kind === 'confirmation' ? status : row.kind === 'promoted' && status === 'pending' ? 'promotedPending' : row.kind;
  const subject = t(`subjects.${subjectKey}` as 'subjects.confirmed', { title: event.title, reference: r.reference });
  const withQr = row.kind !== 'cancelled' && row.kind !== 'rejected';
  const withCalendar = row.kind === 'confirmation' || row.kind === 'approved' || row.kind === 'promoted';
  const element = RegistrationEmail({
    ...common, subject,
    intro: t(`intro.${introKey}` as 'intro.confirmed'),
    labels: {
      reference: t('reference'), event: t('event'), when: t('when'), where: t('where'), status: t('status'), visits: t('visits'),
      manage: t('manage'), manageHint: t('manageHint'), qrAlt: t('qrAlt', { reference: r.reference }), qrHint: t('qrHint'),
      calendarHint: t('calendarHint'),
    },
    statusText: t(`statusLabel.${row.kind === 'cancelled' ? 'cancelled' : row.kind === 'rejected' ? 'rejected' : status}` as 'statusLabel.confirmed'),
    when: p('list', { first: formatDateTimeRange(event.startsAt, event.endsAt, zone, locale), second: formatZone(event.startsAt, zone, locale) }),
    where: venueLine(event.venueName, event.venueAddress, event.city, p('separator')),
    visits: row.kind === 'cancelled' ? [] : context.visits.map((v) => ({
      title: v.title.text,
      when: formatDateTime(v.startsAt, zone, locale),
      status: t(`visitStatus.${v.status}`),
    })),
    context,
    manageUrl,
    qrCid: withQr ? 'reference-qr' : null,
    hasCalendar: withCalendar,
  });
  const attachments: ComposedEmail['attachments'] = [];
  if (withQr) {
    attachments.push({ filename: 'reference-qr.png', content: await QRCode.toBuffer(r.reference, { scale: 8, margin: 1 }), contentType: 'image/png', cid: 'reference-qr' });
  }
  if (withCalendar && manageUrl) {
    attachments.push({ filename: 'event.ics', content: eventCalendar(context, host, manageUrl), contentType: 'text/calendar; charset=utf-8; method=PUBLISH' });
  }
  const html = await render(element);
  return { subject, html, text: toPlainText(html), attachments };
}
