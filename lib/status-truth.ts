/**
 * What the portal may tell a delegate about their place, from the registration's status alone.
 * Pages, e-mails and calendar files all ask here, so none of them says "confirmed" too early.
 */

/** How a chosen visit is shown: a seat on it counts only once the registration itself is confirmed. */
export type VisitSeatShown = 'confirmed' | 'held' | 'waitlisted';

export function visitSeatShown(registration: string, seat: 'confirmed' | 'waitlisted'): VisitSeatShown {
  if (seat === 'waitlisted') return 'waitlisted';
  return registration === 'confirmed' ? 'confirmed' : 'held';
}

/** Entrance instructions and the QR code: only for a confirmed delegate of an event that still takes place. */
export const mayEnter = (registration: string, eventStatus: string) => registration === 'confirmed' && eventStatus !== 'cancelled';

export type CalendarStatus = 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';

/** The entry a delegate's calendar may hold: tentative while pending, none while wait-listed. */
export function registrationCalendar(registration: string, eventStatus: string): CalendarStatus | null {
  if (eventStatus === 'cancelled') return null;
  if (registration === 'confirmed') return 'CONFIRMED';
  if (registration === 'pending') return 'TENTATIVE';
  return null;
}

/** Later states replace earlier ones in calendar clients that compare SEQUENCE for one UID. */
export const CALENDAR_SEQUENCE: Record<CalendarStatus, number> = { TENTATIVE: 0, CONFIRMED: 1, CANCELLED: 2 };
