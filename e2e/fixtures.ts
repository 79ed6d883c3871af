import { randomUUID } from 'node:crypto';
import { type APIRequestContext, test as base, expect } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { sessionCookie } from './admin';
import { LOCALES } from './locales';

/** Fields of the event editor's payload that a spec's own event sets differently from the defaults below. */
export type EventDraft = Record<string, unknown>;

export interface NewEvent {
  id: string;
  slug: string;
  visitIds: string[];
}

/**
 * A published conference of the spec's own, open for registration, titled `${title} ${locale}` in every language,
 * so that no spec reads or changes data another spec left (code review §6.5). `draft` overrides any field.
 */
export async function publishedEvent(request: APIRequestContext, headers: Record<string, string>, title: string, draft: EventDraft = {}): Promise<NewEvent> {
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 8)}`;
  const saved = await request.post('/api/admin/events', {
    headers,
    data: {
      slug,
      kind: 'conference',
      timeZone: 'Asia/Shanghai',
      startsAt: '2027-10-12T09:00',
      endsAt: '2027-10-14T17:00',
      latitude: '',
      longitude: '',
      capacity: '100',
      registrationOpensAt: '2026-01-01T00:00',
      registrationClosesAt: '2027-10-01T00:00',
      approvalMode: 'automatic',
      sourceLocale: 'en',
      contactName: '',
      contactPhone: '',
      contactEmail: '',
      translations: Object.fromEntries(
        LOCALES.map((l) => [
          l,
          {
            title: `${title} ${l}`,
            summary: 'Summary',
            body: '',
            city: 'Changchun',
            venueName: 'Hall',
            venueAddress: '',
            coHosts: '',
          },
        ]),
      ),
      program: [],
      visits: [],
      ...draft,
    },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  const { id, visitIds } = await saved.json();
  expect((await request.post('/api/admin/events/status', { headers, data: { id, action: 'publish' } })).status()).toBe(200);
  return { id, slug, visitIds: visitIds ?? [] };
}

/** Signed-in roles and data of the test's own, as fixtures: `organizer` is the headers of an organizer's session. */
export const test = base.extend<{ organizer: Record<string, string>; newEvent: (title: string, draft?: EventDraft) => Promise<NewEvent> }>({
  organizer: async ({ request }, provide) => {
    await provide({ Cookie: await sessionCookie(request, 'organizer@example.org'), Origin: baseURL, Accept: 'application/json' });
  },
  newEvent: async ({ request, organizer }, provide) => {
    await provide((title, draft) => publishedEvent(request, organizer, title, draft));
  },
});

export { expect };
