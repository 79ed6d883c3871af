import type { TravelData, TravelInput } from '@/lib/validations/travel';

/** The travel fields of an empty form. */
export const blankTravel = (): TravelInput => ({
  arrivalDate: '',
  arrivalTime: '',
  arrivalCarrier: '',
  arrivalPlace: '',
  departureDate: '',
  departureTime: '',
  departureCarrier: '',
  departurePlace: '',
  pickup: false,
  room: 'none',
  nights: 0,
});

/** What is stored, as the form's fields hold it (empty strings for nothing); nothing stored, a blank form. */
export const travelInput = (t: TravelData | null): TravelInput =>
  t
    ? {
        arrivalDate: t.arrivalDate ?? '',
        arrivalTime: t.arrivalTime ?? '',
        arrivalCarrier: t.arrivalCarrier ?? '',
        arrivalPlace: t.arrivalPlace ?? '',
        departureDate: t.departureDate ?? '',
        departureTime: t.departureTime ?? '',
        departureCarrier: t.departureCarrier ?? '',
        departurePlace: t.departurePlace ?? '',
        pickup: t.pickup,
        room: t.room,
        nights: t.nights,
      }
    : blankTravel();

/** The id of a travel field's input, which the error summary links to; `prefix` keeps several forms on one page apart. */
export const travelFieldId = (field: string, prefix = 'travel') => `${prefix}-${field}`;
