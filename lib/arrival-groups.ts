/** The arrivals board's grouping (#16): by day, then by flight or train, with pickups and room nights counted. */
export interface BoardRow {
  id: string;
  arrivalDate: string | null;
  arrivalTime: string | null;
  arrivalCarrier: string | null;
  arrivalPlace: string | null;
  pickup: boolean;
  room: string;
  nights: number;
  updatedAt: Date;
}

interface CarrierGroup<R> {
  carrier: string | null;
  time: string | null;
  place: string | null;
  rows: R[];
  pickups: number;
}
export interface DayGroup<R> {
  day: string;
  groups: CarrierGroup<R>[];
  people: number;
  pickups: number;
  roomNights: { single: number; shared: number };
}

export function groupArrivals<R extends BoardRow>(rows: R[]): DayGroup<R>[] {
  const days = new Map<string, DayGroup<R>>();
  for (const r of rows) {
    if (!r.arrivalDate) continue;
    const day = days.get(r.arrivalDate) ?? { day: r.arrivalDate, groups: [], people: 0, pickups: 0, roomNights: { single: 0, shared: 0 } };
    days.set(r.arrivalDate, day);
    // Without a flight or train number each delegate is their own group: nobody is met at the wrong gate.
    const key = r.arrivalCarrier ?? `-${r.id}`;
    let group = day.groups.find((g) => (g.carrier ?? `-${g.rows[0]!.id}`) === key);
    if (!group) {
      group = { carrier: r.arrivalCarrier, time: r.arrivalTime, place: r.arrivalPlace, rows: [], pickups: 0 };
      day.groups.push(group);
    }
    group.rows.push(r);
    day.people += 1;
    if (r.pickup) {
      group.pickups += 1;
      day.pickups += 1;
    }
    if (r.room === 'single' || r.room === 'shared') day.roomNights[r.room] += r.nights;
  }
  return [...days.values()];
}

/** Changed after the board was last printed: shown marked, so the printed copy can be corrected. */
export const changedSincePrint = (row: BoardRow, printedAt: Date | null) => printedAt !== null && row.updatedAt > printedAt;
