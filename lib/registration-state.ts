/** What the public sees about registration, derived from the event and its seat counts. */
export type RegistrationState =
  | { kind: 'cancelled' }
  | { kind: 'past' }
  | { kind: 'not-offered' }
  | { kind: 'opens'; opensAt: string }
  | { kind: 'open'; seatsLeft: number | null; closesAt: string | null }
  | { kind: 'waitlist'; closesAt: string | null }
  | { kind: 'closed' };

export interface SeatFacts {
  status: 'draft' | 'published' | 'cancelled';
  startsAt: Date;
  endsAt: Date;
  capacity: number | null;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  seatsTaken: number;
}

export function registrationState(e: SeatFacts, now = new Date()): RegistrationState {
  if (e.status === 'cancelled') return { kind: 'cancelled' };
  if (e.endsAt < now) return { kind: 'past' };
  if (!e.registrationOpensAt) return { kind: 'not-offered' };
  if (now < e.registrationOpensAt) return { kind: 'opens', opensAt: e.registrationOpensAt.toISOString() };
  const closesAt = e.registrationClosesAt?.toISOString() ?? null;
  if ((e.registrationClosesAt && now >= e.registrationClosesAt) || now >= e.startsAt) return { kind: 'closed' };
  if (e.capacity === null) return { kind: 'open', seatsLeft: null, closesAt };
  const seatsLeft = Math.max(0, e.capacity - e.seatsTaken);
  return seatsLeft > 0 ? { kind: 'open', seatsLeft, closesAt } : { kind: 'waitlist', closesAt };
}

export const acceptsRegistrations = (state: RegistrationState) => state.kind === 'open' || state.kind === 'waitlist';
