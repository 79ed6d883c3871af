import { randomUUID } from 'node:crypto';
import { type APIRequestContext, type BrowserContext, test as base, expect, type Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/db/seed/seed';
import { baseURL } from '../playwright.config';
import type { Locale } from '../i18n/locales';
import { LOCALES } from './locales';
import { confirmationFor } from './mailbox';
import { escapeRegExp, messages } from './messages';

// Cal.com's shape (code review §6.5): the signed-in roles and the data a test needs come from here, each test its own.

type Role = (typeof DEMO_ACCOUNTS)[number]['role'];
type Headers = Record<string, string>;

/** The demo account of a role (the e2e server runs with DEMO=1); its password is the seed's, never a literal in a spec. */
export const demo = (role: Role) => DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
export { DEMO_ACCOUNTS, DEMO_PASSWORD };

/** A client address of the test's own (the tests play the proxy): the per-address limits count each test apart. */
export const clientAddress = () => `${['192.0.2', '198.51.100', '203.0.113'][Math.floor(Math.random() * 3)]}.${Math.floor(Math.random() * 250)}`;

/** A form field's accessible name: the label, then at most the required mark or a note ("Venue" must not find "Venue address"). */
export const label = (text: string) => new RegExp(`^${escapeRegExp(text)}(?: \\*| \\(|$)`);

/** The sign-in form, as a person fills it in: a demo account by default, or any account's own password. */
export async function signIn(page: Page, email: string, locale: keyof typeof messages = 'en', password = DEMO_PASSWORD) {
  const m = messages[locale].Admin.signIn;
  await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(m.email).fill(email);
  await page.getByLabel(m.password).fill(password);
  await page.getByRole('button', { name: m.submit }).click();
}

/**
 * Signs in through the real form handler and returns the session cookie (`name=value`), checking its flags; `origin`
 * is the e2e server unless a test runs a server of its own. A plain fetch, not Playwright's request context: that one
 * keeps cookies, and signing in again through it would end the session it kept (one browser, one session).
 */
export async function sessionCookie(email: string, { password = DEMO_PASSWORD, origin = baseURL } = {}) {
  const response = await fetch(`${origin}/api/admin/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { Origin: origin, 'X-Forwarded-For': clientAddress() },
    body: new URLSearchParams({ email, password, locale: 'en' }),
  });
  expect(response.status).toBe(303);
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('portal_session='))!;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(';')[0]!;
}

/** What a back-office fetch sends: the session, our own origin, and a wish for JSON rather than a redirect. */
const apiHeaders = (cookie: string): Headers => ({ Cookie: cookie, Origin: baseURL, Accept: 'application/json' });

/** Puts a session cookie (`name=value`) into a browser context: its pages are signed in. */
async function withSession(context: BrowserContext, cookie: string) {
  const [name, ...value] = cookie.split('=');
  await context.addCookies([{ name: name!, value: value.join('='), url: baseURL }]);
}

/** The public form's payload for one delegate (Korean by default), with an address and idempotency key of its own. */
export function delegate(extra: Record<string, unknown> = {}) {
  return {
    locale: 'ko',
    familyName: '박',
    givenName: '서연',
    latinFamilyName: 'Park',
    latinGivenName: 'Seoyeon',
    organization: '부산상공회의소',
    country: 'KR',
    email: `delegate-${randomUUID()}@example.org`,
    phone: '+82 51 990 7000',
    delegationType: 'association',
    consent: true,
    idempotencyKey: randomUUID(),
    ...extra,
  };
}

/**
 * Registers a delegate through the public endpoint and reads the reference, status and private link from the
 * confirmation e-mail, as the delegate does: the answer on screen carries none of them (security probe finding 11).
 */
export async function registerViaApi(request: APIRequestContext, slug: string, extra: Record<string, unknown> = {}) {
  const data = delegate(extra);
  const response = await request.post(`/api/events/${slug}/registrations`, { headers: { Origin: baseURL, 'X-Forwarded-For': clientAddress() }, data });
  expect(response.status(), await response.text()).toBe(201);
  return { ...(await confirmationFor(data.email as string, data.locale as keyof typeof messages)), email: data.email as string };
}

export interface Delegation {
  /** The delegation's name, as its head and the organizers read it. */
  name: string;
  members: Record<string, unknown>[];
  /** Anything of the head's own that differs from the default head (Kim Minjun of the Busan chamber, in English). */
  head?: Record<string, unknown>;
}

/** A head registers a delegation through the public endpoint; returns the head's address (the summary goes there). */
export async function registerDelegation(request: APIRequestContext, slug: string, { name, members, head = {} }: Delegation) {
  const data = delegate({
    locale: 'en',
    familyName: 'Kim',
    givenName: 'Minjun',
    latinFamilyName: 'Kim',
    latinGivenName: 'Minjun',
    organization: 'Busan Chamber of Commerce',
    email: `head-${randomUUID()}@example.org`,
    ...head,
  });
  const response = await request.post(`/api/events/${slug}/delegations`, {
    headers: { Origin: baseURL, 'X-Forwarded-For': clientAddress() },
    data: { ...data, delegation: { name, organization: data.organization, country: data.country, members } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return { headEmail: data.email as string };
}

/** Fields of the event editor's payload that a spec's own event sets differently from the defaults below. */
/** The same text in every locale, marked with the locale: `{ zh: 'Port visit zh', en: 'Port visit en', … }`. */
const inEveryLocale = (text: string) => Object.fromEntries(LOCALES.map((l) => [l, `${text} ${l}`]));

/** A visit for the event editor's payload: the morning of 2027-10-`day`, ten seats, a meeting point. */
export const visitDraft = (day: string, title: string) => ({
  visitId: '',
  startsAt: `2027-10-${day}T09:00`,
  endsAt: `2027-10-${day}T12:00`,
  capacity: '10',
  title: inEveryLocale(title),
  description: {},
  meetingPoint: inEveryLocale('Hotel lobby'),
  transport: {},
  stops: [],
});

export type EventDraft = Record<string, unknown>;

export interface NewEvent {
  id: string;
  slug: string;
  visitIds: string[];
  /** The title in each language, as saved (a draft's own translations included). */
  title: Record<Locale, string>;
}

/**
 * A published conference of the spec's own, open for registration, titled `${title} ${locale}` in every language,
 * so that no spec reads or changes data another spec left (code review §6.5). `draft` overrides any field.
 */
async function publishedEvent(request: APIRequestContext, headers: Headers, title: string, draft: EventDraft = {}): Promise<NewEvent> {
  const slug = `${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${randomUUID().slice(0, 8)}`;
  const data = {
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
      LOCALES.map((l) => [l, { title: `${title} ${l}`, summary: 'Summary', body: '', city: 'Changchun', venueName: 'Hall', venueAddress: '', coHosts: '' }]),
    ),
    program: [],
    visits: [],
    ...draft,
  };
  const saved = await request.post('/api/admin/events', { headers, data });
  expect(saved.status(), await saved.text()).toBe(200);
  const { id, visitIds } = await saved.json();
  expect((await request.post('/api/admin/events/status', { headers, data: { id, action: 'publish' } })).status()).toBe(200);
  const saidTitles = data.translations as Partial<Record<Locale, { title?: string }>>;
  const titles = Object.fromEntries(LOCALES.map((l) => [l, saidTitles[l]?.title ?? ''])) as Record<Locale, string>;
  return { id, slug, visitIds: visitIds ?? [], title: titles };
}

export interface CoHost {
  email: string;
  name: string;
  /** A browser page of its own, signed in as the co-host. */
  page: Page;
}

/**
 * Signed-in roles and data of the test's own, as fixtures. `organizer`/`admin` are the headers of a session for
 * fetches; `organizerPage`/`adminPage` the test's page, signed in; `newEvent` a published event; `newCoHost` an
 * account that may manage only the given events, with its own signed-in page.
 */
export const test = base.extend<{
  organizer: Headers;
  admin: Headers;
  organizerPage: Page;
  adminPage: Page;
  newEvent: (title: string, draft?: EventDraft) => Promise<NewEvent>;
  newCoHost: (eventIds: string[], email?: string) => Promise<CoHost>;
}>({
  organizer: async ({}, provide) => {
    await provide(apiHeaders(await sessionCookie(demo('organizer'))));
  },
  admin: async ({}, provide) => {
    await provide(apiHeaders(await sessionCookie(demo('admin'))));
  },
  organizerPage: async ({ page, organizer }, provide) => {
    await withSession(page.context(), organizer.Cookie!);
    await provide(page);
  },
  adminPage: async ({ page, admin }, provide) => {
    await withSession(page.context(), admin.Cookie!);
    await provide(page);
  },
  newEvent: async ({ request, organizer }, provide) => {
    await provide((title, draft) => publishedEvent(request, organizer, title, draft));
  },
  newCoHost: async ({ browser, request, admin }, provide) => {
    const pages: Page[] = [];
    await provide(async (eventIds, email = `cohost-${randomUUID()}@example.org`) => {
      const name = `Co-host ${email.slice(0, 12)}`;
      const password = `cohost-${randomUUID()}`;
      const created = await request.post('/api/admin/accounts', { headers: admin, data: { email, name, role: 'cohost', password } });
      expect(created.status(), await created.text()).toBe(201);
      const { id } = await created.json();
      const assigned = await request.post('/api/admin/co-hosts', { headers: admin, data: { organizerId: id, eventIds } });
      expect(assigned.status(), await assigned.text()).toBe(200);
      const context = await browser.newContext({ baseURL });
      await withSession(context, await sessionCookie(email, { password }));
      const page = await context.newPage();
      pages.push(page);
      return { email, name, page };
    });
    for (const page of pages) await page.context().close();
  },
});

export { expect };
