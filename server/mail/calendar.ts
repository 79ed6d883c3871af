import { createEvents, type EventAttributes } from 'ics';
import type { MailContext } from '@/lib/mail-context';
import { formatTime, venueLine } from '@/lib/format';
import { CALENDAR_SEQUENCE, type CalendarStatus } from '@/lib/status-truth';

const utcParts = (iso: string) => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()] as [number, number, number, number, number];
};

const at = (startIso: string, endIso: string) =>
  ({
    start: utcParts(startIso),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utcParts(endIso),
    endInputType: 'utc',
    endOutputType: 'utc',
  }) as const;

function build(events: EventAttributes[], method: 'PUBLISH' | 'CANCEL' = 'PUBLISH') {
  const { error, value } = createEvents(events, { method });
  if (error || !value) throw error ?? new Error('calendar file could not be built');
  return value;
}

/** One UID per delegate and event, shared by the entry and its later cancellation. */
const eventUid = (context: MailContext, host: string) => `event-${context.event.id}-${context.registration.id}@${host}`;
const visitUid = (visitId: string, registrationId: string, host: string) => `visit-${visitId}-${registrationId}@${host}`;

/**
 * The event itself: TENTATIVE while the registration awaits review, CONFIRMED once confirmed, and a
 * METHOD:CANCEL file with STATUS:CANCELLED that removes the same entry when it no longer holds.
 */
export function eventCalendar(context: MailContext, host: string, status: CalendarStatus, description: string, manageUrl: string | null, separator = ', ') {
  const { event } = context;
  return build(
    [
      {
        uid: eventUid(context, host),
        ...at(event.startsAt, event.endsAt),
        title: event.title,
        location: venueLine(event.venueName, event.venueAddress, event.city, separator), // the reader's separator: no ASCII comma next to CJK
        description,
        ...(manageUrl ? { url: manageUrl } : {}),
        status,
        sequence: CALENDAR_SEQUENCE[status],
        productId: 'ccpit-jilin-events',
      },
    ],
    status === 'CANCELLED' ? 'CANCEL' : 'PUBLISH',
  );
}

/** One entry per visit the delegate is on, for the itinerary e-mail: tentative unless both the registration and the seat are confirmed. */
export function visitsCalendar(context: MailContext, host: string) {
  return build(
    context.visits.map((visit) => {
      const status = context.registration.status === 'confirmed' && visit.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE';
      return {
        uid: visitUid(visit.id, context.registration.id, host),
        ...at(visit.startsAt, visit.endsAt),
        title: visit.title.text,
        location: visit.meetingPoint?.text ?? '',
        description: visit.stops
          .map((s) => `${formatTime(s.at, context.event.timeZone, context.registration.locale)} ${s.place.text}${s.activity ? ` — ${s.activity.text}` : ''}`)
          .join('\n'),
        status,
        sequence: CALENDAR_SEQUENCE[status],
        productId: 'ccpit-jilin-events',
      } satisfies EventAttributes;
    }),
  );
}

/** Removes a visit entry the itinerary e-mail put in the delegate's calendar (same UID). */
export function visitCancellation(visit: { id: string; title: string; startsAt: string; endsAt: string }, registrationId: string, host: string) {
  return build(
    [
      {
        uid: visitUid(visit.id, registrationId, host),
        ...at(visit.startsAt, visit.endsAt),
        title: visit.title,
        status: 'CANCELLED',
        sequence: CALENDAR_SEQUENCE.CANCELLED,
        productId: 'ccpit-jilin-events',
      },
    ],
    'CANCEL',
  );
}
