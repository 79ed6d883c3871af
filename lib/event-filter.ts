import { z } from 'zod';
import { EVENT_KINDS } from '@/lib/domain';

export const PAGE_SIZE = 12;

/** The list filter as it lives in the URL; anything outside the allowlist is ignored, never an error. */
const filterSchema = z.object({
  kind: z.enum(EVENT_KINDS).optional().catch(undefined),
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});

export type EventFilter = z.infer<typeof filterSchema>;

export function parseEventFilter(params: Record<string, string | string[] | undefined>): EventFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return filterSchema.parse({ kind: first(params.kind), year: first(params.year), page: first(params.page) });
}

export function filterQuery(filter: Partial<EventFilter>) {
  const query = new URLSearchParams();
  if (filter.kind) query.set('kind', filter.kind);
  if (filter.year) query.set('year', String(filter.year));
  if (filter.page && filter.page > 1) query.set('page', String(filter.page));
  const s = query.toString();
  return s ? `?${s}` : '';
}

/**
 * The filter as one path segment (`forum.2027.2`, `all.all.1`): the proxy rewrites `/events?…` to
 * `/event-list/{segment}` so that every filter combination is a page the cache can hold.
 */
export function filterSegment(filter: EventFilter) {
  return `${filter.kind ?? 'all'}.${filter.year ?? 'all'}.${filter.page}`;
}

export function parseFilterSegment(segment: string): EventFilter {
  const [kind, year, page] = decodeURIComponent(segment).split('.');
  const given = (v: string | undefined) => (v === 'all' ? undefined : v);
  return parseEventFilter({ kind: given(kind), year: given(year), page });
}

/** The year an event starts in, in its own zone. */
export const eventYear = (startsAt: string, timeZone: string) =>
  Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone }).format(new Date(startsAt)));
