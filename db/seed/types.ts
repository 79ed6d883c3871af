import type { Locale } from '@/i18n/locales';
import type { APPROVAL_MODES, EVENT_KINDS, QuestionKind } from '@/lib/domain';

/** Text in all five locales: sample data ships complete. */
type AllLocales = Record<Locale, string>;

interface SeedTranslation {
  title: string;
  /** The conference's theme or motto, if it had one. */
  theme?: string;
  /** One or two sentences for lists and search results. */
  summary: string;
  /** Markdown: what the event is about, who it is for. */
  body: string;
  city: string;
  venueName: string;
  venueAddress: string;
  coHosts: string[];
  /** Past events only: the one-line outcome shown on the home page. */
  reportHeadline?: string;
  /** Past events only: Markdown report — what happened, who came, what was signed. */
  report?: string;
  /** Past events only: key figures, e.g. { label: 'Countries represented', value: '29' }. */
  reportFigures?: { label: string; value: string }[];
}

interface SeedProgramItem {
  /** ISO 8601 with offset, e.g. '2027-05-18T09:30:00+08:00'. */
  startsAt: string;
  endsAt?: string;
  title: AllLocales;
  speaker?: AllLocales;
  room?: AllLocales;
}

interface SeedStop {
  at: string;
  place: AllLocales;
  activity: AllLocales;
}

interface SeedVisit {
  startsAt: string;
  endsAt: string;
  capacity: number;
  title: AllLocales;
  description: AllLocales;
  meetingPoint: AllLocales;
  transport: AllLocales;
  stops: SeedStop[];
}

export interface SeedEvent {
  slug: string;
  kind: (typeof EVENT_KINDS)[number];
  status: 'published' | 'cancelled';
  startsAt: string;
  endsAt: string;
  /** IANA zone of the venue, e.g. 'Asia/Shanghai'. */
  timeZone: string;
  latitude?: string;
  longitude?: string;
  capacity?: number;
  registrationOpensAt?: string;
  registrationClosesAt?: string;
  approvalMode: (typeof APPROVAL_MODES)[number];
  sourceLocale: Locale;
  contact?: { name: string; phone: string; email: string };
  translations: Record<Locale, SeedTranslation>;
  program: SeedProgramItem[];
  visits: SeedVisit[];
  /** The event's own questions on its form (#16). */
  questions?: { kind: QuestionKind; required?: boolean; label: AllLocales; options?: AllLocales[] }[];
}
