import { randomUUID } from 'node:crypto';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { confirmationFor } from './mailbox';
import { messages } from './messages';

export const DEMO_PASSWORD = 'demo-portal-2026';

/** The sign-in form, as a person fills it in: a demo account by default, or any account's own password. */
export async function signIn(page: Page, email: string, locale: keyof typeof messages = 'en', password = DEMO_PASSWORD) {
  const m = messages[locale].Admin.signIn;
  await page.goto(`/${locale}/admin/sign-in`);
  await page.getByLabel(m.email).fill(email);
  await page.getByLabel(m.password).fill(password);
  await page.getByRole('button', { name: m.submit }).click();
}

/** Signs in through the real form handler and returns the session cookie, checking its flags. */
export async function sessionCookie(request: APIRequestContext, email: string) {
  const response = await request.post('/api/admin/sign-in', {
    headers: { Origin: baseURL },
    form: { email, password: DEMO_PASSWORD, locale: 'en' },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  const cookie = response
    .headers()
    ['set-cookie']!.split('\n')
    .find((c) => c.startsWith('portal_session='))!;
  expect(cookie).toMatch(/HttpOnly/i);
  expect(cookie).toMatch(/SameSite=Lax/i);
  return cookie.split(';')[0]!;
}

/**
 * Registers a delegate through the public endpoint and reads the reference, status and private link from the
 * confirmation e-mail, as the delegate does: the answer on screen carries none of them (security probe finding 11).
 */
export async function registerViaApi(request: APIRequestContext, slug: string, extra: Record<string, unknown> = {}) {
  const data = {
    locale: 'ko',
    familyName: '박',
    givenName: '서연',
    latinFamilyName: 'Park',
    latinGivenName: 'Seoyeon',
    organization: '부산상공회의소',
    country: 'KR',
    email: `admin-e2e-${randomUUID()}@example.org`,
    phone: '+82 51 990 7000',
    delegationType: 'association',
    consent: true,
    idempotencyKey: randomUUID(),
    ...extra,
  };
  const response = await request.post(`/api/events/${slug}/registrations`, {
    headers: { Origin: baseURL, 'X-Forwarded-For': `192.0.2.${Math.floor(Math.random() * 250)}` },
    data,
  });
  expect(response.status(), await response.text()).toBe(201);
  return { ...(await confirmationFor(data.email as string, data.locale as keyof typeof messages)), email: data.email as string };
}
