import type { DelegationOverflow } from '@/lib/domain';

export type SeatStatus = 'confirmed' | 'pending' | 'waitlisted';

/**
 * Event seats for a delegation of `size` (head first), by the event's rule when it does not fit:
 * the whole delegation wait-listed, or seats for the first members and the rest wait-listed.
 */
export function delegationStatuses(o: { capacity: number | null; taken: number; size: number; rule: DelegationOverflow; approval: boolean }): SeatStatus[] {
  const seated: SeatStatus = o.approval ? 'pending' : 'confirmed';
  const free = o.capacity === null ? o.size : Math.max(0, o.capacity - o.taken);
  const seats = free >= o.size ? o.size : o.rule === 'waitlistAll' ? 0 : free;
  return Array.from({ length: o.size }, (_, i) => (i < seats ? seated : 'waitlisted'));
}

export interface VisitFree {
  id: string;
  capacity: number | null;
  taken: number;
}

/**
 * Visit seats for each member, by the same rule per visit: the members holding an event seat who chose
 * it share its free seats (all or none, or in order); the others are wait-listed on it.
 */
export function delegationVisitSeats(members: { holdsSeat: boolean; visitIds: string[] }[], counts: VisitFree[], rule: DelegationOverflow) {
  const result = members.map(() => [] as { visitId: string; status: 'confirmed' | 'waitlisted' }[]);
  for (const visit of counts) {
    const choosing = members.flatMap((m, i) => (m.visitIds.includes(visit.id) ? [i] : []));
    const seated = choosing.filter((i) => members[i]!.holdsSeat);
    const free = visit.capacity === null ? seated.length : Math.max(0, visit.capacity - Number(visit.taken));
    const seats = free >= seated.length ? seated.length : rule === 'waitlistAll' ? 0 : free;
    const confirmed = new Set(seated.slice(0, seats));
    for (const i of choosing) result[i]!.push({ visitId: visit.id, status: confirmed.has(i) ? 'confirmed' : 'waitlisted' });
  }
  return result;
}
