import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sampleEvents } from '@/db/seed/sample-events';
import { LOCALE_EXPECTATIONS, LOCALES } from './locales';
import { messages } from './messages';

const EVENT = 'northeast-asia-belt-and-road-2027';
const PAGES = ['', '/events', `/events/${EVENT}`, '/events/belt-and-road-cooperation-2018'];

test.describe('accessibility (axe-core)', () => {
  for (const locale of LOCALES) {
    for (const path of PAGES) {
      test(`${locale}${path || '/'} has no axe violations`, async ({ page }) => {
        await page.goto(`/${locale}${path}`);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
      });
    }
  }
});

test('keyboard only: skip link first, then the site navigation, with a visible focus ring', async ({ page }) => {
  await page.goto('/en');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: messages.en.Layout.skipToContent });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('event page: JSON-LD Event with status, location, zoned start and language', async ({ page }) => {
  for (const locale of LOCALES) {
    await page.goto(`/${locale}/events/${EVENT}`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data['@type']).toBe('Event');
    expect(data.eventStatus).toBe('https://schema.org/EventScheduled');
    expect(data.startDate).toBe('2027-06-15T09:00:00+08:00');
    expect(data.inLanguage).toBe(LOCALE_EXPECTATIONS[locale].lang);
    expect(data.location['@type']).toBe('Place');
    expect(data.location.address.addressLocality).toBeTruthy();
    // The heading may bind words with no-break spaces (Russian typography); the words are the same.
    const spaces = (text: string) => text.replace(/\s/g, ' ');
    expect(spaces(data.name)).toBe(spaces((await page.getByRole('heading', { level: 1 }).textContent())!));
  }
});

test('every page names itself for search engines: title, description, canonical, hreflang, Open Graph', async ({ page }) => {
  await page.goto(`/ko/events/${EVENT}`);
  await expect(page).toHaveTitle(/.+ · .+/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.{20,}/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/ko/events/${EVENT}$`));
  for (const lang of ['zh-Hans', 'en', 'ko', 'ja', 'ru', 'x-default']) {
    await expect(page.locator(`link[rel="alternate"][hreflang="${lang}"]`)).toHaveCount(1);
  }
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', /.+/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ko');
});

test('sitemap lists every page in every locale with alternates; robots keeps crawlers out of the back office', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const locale of LOCALES) {
    expect(urls).toContain(`/${locale}`);
    expect(urls).toContain(`/${locale}/events`);
    expect(urls).toContain(`/${locale}/events/${EVENT}`);
  }
  const slugs = new Set(urls.filter((u) => u.startsWith('/en/events/')));
  expect(slugs.size).toBeGreaterThanOrEqual(8);
  expect(urls.length).toBe(5 * (2 + slugs.size));
  expect(xml.match(/hreflang="x-default"/g)?.length).toBe(urls.length);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /en/admin');
  expect(robots).toMatch(/Sitemap: .+\/sitemap\.xml/);
});

test('the events list filters by kind and year, in the URL, and the filter survives a language switch', async ({ page }) => {
  const m = messages.ru.EventList;
  await page.goto('/ru/events');
  await page.getByLabel(m.kind).selectOption('delegation');
  await page.getByRole('button', { name: m.apply }).click();
  await expect(page).toHaveURL(/\/ru\/events\?kind=delegation/);
  // Other specs add trips of their own (later in the list, which runs by date): the seeded trips are there, nothing else seeded.
  for (const event of sampleEvents) {
    await expect(page.locator(`.card-title a[href$="/events/${event.slug}"]`)).toHaveCount(event.kind === 'delegation' ? 1 : 0);
  }
  await page.getByLabel(m.year).selectOption('2023');
  await page.getByRole('button', { name: m.apply }).click();
  await expect(page.locator('.card-title')).toHaveCount(1);
  await page.getByRole('navigation', { name: messages.ru.Layout.language }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/events\?kind=delegation&year=2023$/);
  await expect(page.locator('.card-title')).toHaveCount(1);
});

test('dates are shown in the event zone with the zone named, whatever the reader’s own zone', async ({ page }) => {
  await page.goto(`/en/events/jilin-delegation-vladivostok-2027`);
  await expect(page.getByText(/Vladivostok time \(Beijing time \+2 h\)/).first()).toBeVisible();
  await page.goto(`/zh/events/${EVENT}`);
  await expect(page.getByText('2027年6月15日至16日')).toBeVisible();
  await expect(page.getByText(/北京时间/).first()).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/GMT|Asia\//);
});

test('the form checks what is typed without breaking its own Content-Security-Policy, and the site has an icon', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`),
    ),
  );
  const missing: string[] = [];
  page.on('response', (r) => r.status() === 404 && missing.push(r.url()));
  await page.goto(`/zh/events/${EVENT}/register`);
  await page.locator('form input:visible').first().focus();
  await page.locator('form button[type=submit]').click();
  await expect(page.locator('form [aria-invalid="true"]').first()).toBeVisible();
  expect(violations).toEqual([]);
  expect(missing).toEqual([]);
  await expect(page.locator('link[rel~="icon"]')).toHaveCount(1);
});
