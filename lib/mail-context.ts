import type { Locale } from '@/i18n/locales';
import type { Shown } from '@/lib/localized';

/** The view model of an e-mail about one registration: what the templates and the calendar files may show. */
export interface MailVisit {
  id: string;
  startsAt: string;
  endsAt: string;
  status: 'confirmed' | 'waitlisted';
  title: Shown;
  meetingPoint: Shown | null;
  transport: Shown | null;
  stops: { at: string; place: Shown; activity: Shown | null }[];
}

export interface MailContext {
  registration: {
    id: string;
    reference: string;
    status: string;
    locale: Locale;
    tokenVersion: number;
    honorific: string | null;
    familyName: string;
    givenName: string;
    patronymic: string | null;
    latinFamilyName: string;
    email: string;
  };
  event: {
    id: string;
    slug: string;
    kind: string;
    status: string;
    startsAt: string;
    endsAt: string;
    timeZone: string;
    title: string;
    venueName: string;
    venueAddress: string;
    city: string;
    lang: Locale;
    contactName: string | null;
    contactPhone: string | null;
    contactEmail: string | null;
  };
  visits: MailVisit[];
  /** For a delegation member: the delegation; for its head, every member too (the summary lists them). */
  delegation?: {
    id: string;
    tokenVersion: number;
    name: string;
    isHead: boolean;
    headName: string;
    members: {
      /** The member's registration (a head's reminder names the members it covers by id). */
      id: string;
      familyName: string;
      givenName: string;
      patronymic: string | null;
      latinFamilyName: string;
      latinGivenName: string;
      reference: string;
      status: string;
      isHead: boolean;
      /** Loaded for the head only (the itinerary roll-up), in the head's language. */
      visits: MailVisit[];
    }[];
  };
  /** The delegate's own arrival, pickup and room (#16), when they gave them. */
  travel?: MailTravel | null;
}

interface MailTravel {
  arrivalDate: string | null;
  arrivalTime: string | null;
  arrivalCarrier: string | null;
  arrivalPlace: string | null;
  departureDate: string | null;
  departureTime: string | null;
  departureCarrier: string | null;
  departurePlace: string | null;
  pickup: boolean;
  room: string;
  nights: number;
}
