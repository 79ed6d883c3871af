import { createTranslator } from 'use-intl/core';
import type { Locale } from '@/i18n/locales';
import type en from '@/messages/en.json';
import { dayKey, formatDate, formatTime, formatZone } from '@/lib/format';
import type { MailContext, MailVisit } from '@/lib/mail-context';
import { travelLine } from '@/lib/travel-text';
import { BEIJING } from '@/lib/zone-names';
import type { ItineraryDay, ItineraryEmailProps } from './templates/itinerary-email';

/** Visits grouped by day on the event's clock, in the reader's words: the body of every itinerary (a delegate's, a head's roll-up). */
export function itineraryDays(visits: MailVisit[], zone: string, locale: Locale, catalogue: typeof en): ItineraryDay[] {
  const t = createTranslator({ locale, messages: catalogue, namespace: 'Email' });
  const p = createTranslator({ locale, messages: catalogue, namespace: 'Punctuation' });
  const days = new Map<string, ItineraryDay>();
  for (const visit of visits) {
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
  return [...days.values()];
}

/** The labels every itinerary's visits are read with. */
export function itineraryLabels(locale: Locale, catalogue: typeof en): ItineraryEmailProps['labels'] {
  const t = createTranslator({ locale, messages: catalogue, namespace: 'Email' });
  return {
    meetingPoint: t('itinerary.meetingPoint'),
    transport: t('itinerary.transport'),
    stops: t('itinerary.stops'),
    calendarHint: t('itinerary.calendarHint'),
    waitlistNote: t('itinerary.waitlistNote'),
  };
}

/** The itinerary's arrival block (#16): the delegate's own journey in their language, times on the event's clock. */
export function travelFacts(travel: MailContext['travel'], locale: Locale, catalogue: typeof en, event: { startsAt: string; timeZone: string }) {
  if (!travel || (!travel.arrivalDate && !travel.departureDate && travel.room === 'none')) return null;
  const tr = createTranslator({ locale, messages: catalogue, namespace: 'Travel' });
  const p = createTranslator({ locale, messages: catalogue, namespace: 'Punctuation' });
  const separator = p('separator');
  const facts = [
    travel.arrivalDate && {
      name: tr('arrival'),
      value: travelLine(travel.arrivalDate, travel.arrivalTime, travel.arrivalCarrier, travel.arrivalPlace, locale, separator),
    },
    travel.arrivalDate && { name: tr('fields.pickup'), value: tr(travel.pickup ? 'pickupYes' : 'pickupNo') },
    travel.departureDate && {
      name: tr('departure'),
      value: travelLine(travel.departureDate, travel.departureTime, travel.departureCarrier, travel.departurePlace, locale, separator),
    },
    travel.room !== 'none' && { name: tr('fields.room'), value: tr('roomNights', { room: tr(`rooms.${travel.room as 'single'}`), nights: travel.nights }) },
  ].filter((f): f is { name: string; value: string } => Boolean(f));
  return { heading: p('parenthetical', { text: tr('legend'), note: formatZone(event.startsAt, event.timeZone, locale) }), facts };
}
