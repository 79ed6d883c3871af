import * as z from 'zod/mini';
import { ROOM_KINDS } from '@/lib/domain';
import { TRAVEL_ERRORS } from './error-keys';
import { isIsoDate, optionalText } from './primitives';

/**
 * Arrival, departure and accommodation (#16), one schema for the form, the private page and the server.
 * Dates and times are the event's wall clock (what the ticket says). Error keys: `Travel.errors`.
 */
/** An optional field: a blank stays '' through the checks and comes out as null. */
const orNull = <T extends z.ZodMiniType<string>>(schema: T) =>
  z.pipe(
    schema,
    z.transform((v: z.output<T>) => v || null),
  );
const line = (max: number) => orNull(optionalText(max));
const date = orNull(z._default(z.string(), '').check(z.refine((v) => v === '' || isIsoDate(v), { error: 'invalidDate' })));
const time = orNull(z._default(z.string(), '').check(z.refine((v) => v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), { error: 'invalidTime' })));
// Flight or train numbers: CA1234, SU 6431, G1234, D 25; upper case, one space at most.
const carrier = z.pipe(
  line(20).check(z.refine((v) => v === null || /^[A-Za-z0-9]{1,3} ?\d{1,5}[A-Za-z]?$/.test(v), { error: 'invalidCarrier' })),
  z.transform((v) => (v === null ? null : v.toUpperCase())),
);
const nights = z.pipe(
  z.pipe(
    z._default(z.union([z.number(), z.string()]), 0),
    z.transform((v) => (v === '' ? 0 : Number(v))),
  ),
  z.number({ error: 'invalidNights' }).check(z.int({ error: 'invalidNights' }), z.gte(0, { error: 'invalidNights' }), z.lte(60, { error: 'invalidNights' })),
);

export const travelSchema = z
  .strictObject({
    arrivalDate: date,
    arrivalTime: time,
    arrivalCarrier: carrier,
    arrivalPlace: line(120),
    departureDate: date,
    departureTime: time,
    departureCarrier: carrier,
    departurePlace: line(120),
    pickup: z._default(z.boolean(), false),
    room: z._default(z.enum(ROOM_KINDS, { error: 'choose' }), 'none'),
    nights,
  })
  .check(
    z.superRefine((v, ctx) => {
      const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
      if (v.arrivalTime && !v.arrivalDate) issue('arrivalDate', 'required');
      if (v.departureTime && !v.departureDate) issue('departureDate', 'required');
      if (v.pickup && (!v.arrivalDate || !v.arrivalTime || !v.arrivalPlace)) {
        // A driver needs the day, the time and the place.
        if (!v.arrivalDate) issue('arrivalDate', 'neededForPickup');
        if (!v.arrivalTime) issue('arrivalTime', 'neededForPickup');
        if (!v.arrivalPlace) issue('arrivalPlace', 'neededForPickup');
      }
      if (v.arrivalDate && v.departureDate && v.departureDate < v.arrivalDate) issue('departureDate', 'departureBeforeArrival');
      if (v.room !== 'none' && v.nights < 1) issue('nights', 'invalidNights');
    }),
  );
export type TravelInput = z.input<typeof travelSchema>;
export type TravelData = z.output<typeof travelSchema>;

/** Did the delegate say anything about travel at all? Nothing said, nothing stored. */
export const saysAnything = (t: TravelData) =>
  Boolean(t.arrivalDate || t.arrivalCarrier || t.arrivalPlace || t.departureDate || t.departureCarrier || t.departurePlace || t.pickup || t.room !== 'none');

/** Field → first error key, as `travel.<field>`. */
export function travelErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = `travel.${String(issue.path[0] ?? '')}`;
    out[key] ??= TRAVEL_ERRORS.has(issue.message) ? issue.message : 'invalid';
  }
  return out;
}
