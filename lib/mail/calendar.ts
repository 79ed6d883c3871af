import { createEvents, type EventAttributes } from 'ics';
import type { MailContext } from '@/db/queries/mail';
import { formatTime, venueLine } from '@/lib/format';

const utcParts = (iso: string) => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()] as
    [number, number, number, number, number];
};

const at = (startIso: string, endIso: string) => ({
  start: utcParts(startIso), startInputType: 'utc', startOutputType: 'utc',
  end: utcParts(endIso), endInputType: 'utc', endOutputType: 'utc',
}) as const;

function build(events: EventAttributes[]) {
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar file could not be built');
  return value;
}

/** The event itself, for the confirmation e-mail. UIDs are stable so an update replaces the entry. */
export function eventCalendar(context: MailContext, host: string, manageUrl: string) {
  const { event } = context;
  return build([{
    uid: `event-${event.id}-${context.registration.id}@${host}`,
    ...at(event.startsAt, event.endsAt),
    title: event.title,
    location: venueLine(event.venueName, event.venueAddress, event.city),
    description: `${context.registration.reference}\n${manageUrl}`,
    url: manageUrl,
    status: 'CONFIRMED',
    productId: 'ccpit-jilin-events',
  }]);
}

/** One entry per visit the delegate is on, for the itinerary e-mail. */
export function visitsCalendar(context: MailContext, host: string) {
  return build(context.visits.map((visit) => ({
    uid: `visit-${visit.id}-${context.registration.id}@${host}`,
    ...at(visit.startsAt, visit.endsAt),
    title: visit.title.text,
    location: visit.meetingPoint?.text ?? '',
    description: visit.stops.map((s) => `${formatTime(s.at, context.event.timeZone, context.registration.locale)} ${s.place.text}${s.activity ? ` — ${s.activity.text}` : ''}`).join('\n'),
    productId: 'ccpit-jilin-events',
  })));
}
