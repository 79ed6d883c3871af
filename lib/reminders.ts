import { utcToZonedLocal, zonedLocalToUtc } from './zoned-time';

export interface ReminderPlan {
  hoursBefore: number[];
  visitEvening: boolean;
  /** Local hour, in the event's zone, of the reminder the evening before a visit. */
  eveningHour: number;
}

/** What an event has until the organizer changes it (#16): 7 days and 1 day before, and the evening before each visit. */
export const DEFAULT_REMINDERS: ReminderPlan = { hoursBefore: [168, 24], visitEvening: true, eveningHour: 18 };

export interface ReminderSlot {
  /** Stable for ever: part of each recipient's outbox key, so a reminder goes to a person once. */
  key: string;
  sendAt: Date;
  /** After this the reminder is pointless (the event or visit has begun) and is not sent. */
  until: Date;
  visitId: string | null;
}

/** The evening before a visit, at the plan's hour on the previous calendar day in the event's zone. */
function eveningBefore(visitStart: Date, timeZone: string, hour: number) {
  const day = utcToZonedLocal(visitStart, timeZone).slice(0, 10);
  const previous = new Date(`${day}T00:00:00Z`);
  previous.setUTCDate(previous.getUTCDate() - 1);
  return zonedLocalToUtc(`${previous.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`, timeZone);
}

/** Every reminder of an event, in time order. */
export function reminderSlots(
  plan: ReminderPlan,
  event: { id: string; startsAt: Date; timeZone: string },
  visits: { id: string; startsAt: Date }[],
): ReminderSlot[] {
  const slots: ReminderSlot[] = [...new Set(plan.hoursBefore)].map((hours) => ({
    key: `event:${event.id}:${hours}h`,
    sendAt: new Date(event.startsAt.getTime() - hours * 3600_000),
    until: event.startsAt,
    visitId: null,
  }));
  if (plan.visitEvening) {
    for (const visit of visits) {
      slots.push({
        key: `visit:${visit.id}:eve`,
        sendAt: eveningBefore(visit.startsAt, event.timeZone, plan.eveningHour),
        until: visit.startsAt,
        visitId: visit.id,
      });
    }
  }
  return slots.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}

/** Due now: its time has come and the event or visit has not started. */
export const isDue = (slot: ReminderSlot, now: Date) => slot.sendAt <= now && now < slot.until;
