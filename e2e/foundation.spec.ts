import { expect, test } from '@playwright/test';
import { LOCALE_EXPECTATIONS, LOCALES } from './locales';

test.describe('five languages', () => {
  for (const locale of LOCALES) {
    const want = LOCALE_EXPECTATIONS[locale];

    test(`${locale}: home lists the seeded events in its language, with exact <html lang>`, async ({ page }) => {
      await page.goto(`/${locale}`);
      await expect(page.locator('html')).toHaveAttribute('lang', want.lang);
      await expect(page.getByRole('heading', { level: 2, name: want.upcoming })).toBeVisible();
      const nav = page.getByRole('navigation', { name: want.language });
      await expect(nav.getByRole('link')).toHaveCount(5);
      // The sample events are fully translated: their titles carry no foreign lang attribute.
      const titles = page.locator('.card-title');
      await expect(titles.first()).toBeVisible();
      expect(await titles.count()).toBeGreaterThanOrEqual(6);
      for (const slug of ['northeast-asia-belt-and-road-2027', 'china-japan-rok-talks-2027', 'jilin-delegation-vladivostok-2027']) {
        await expect(page.locator(`.card-title:has(a[href$="/${slug}"])`)).not.toHaveAttribute('lang', /.+/);
      }
    });

    test(`${locale}: the events page links to every event, and each opens`, async ({ page }) => {
      await page.goto(`/${locale}/events`);
      const links = page.locator('.card-title a');
      await expect(links.nth(7)).toBeVisible(); // the eight sample events (other specs may add more)
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/events/[a-z0-9-]+$`));
      await links.first().click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/events/[a-z0-9-]+$`));
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });

    test(`${locale}: an unknown page answers with a localized 404`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: want.notFound })).toBeVisible();
    });
  }
});

test('the root redirects by Accept-Language, falling back to English', async ({ browser }) => {
  for (const [locale, expected] of [
    ['ko-KR', '/ko'],
    ['ru-RU', '/ru'],
    ['zh-CN', '/zh'],
    ['fr-FR', '/en'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    expect(new URL(page.url()).pathname).toBe(expected);
    await context.close();
  }
});

test('an unknown locale prefix is not served as a page', async ({ page }) => {
  const response = await page.goto('/xx/events');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});

test('the language switcher keeps the reader on the same page', async ({ page }) => {
  await page.goto('/en/events/northeast-asia-belt-and-road-2027');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(page).toHaveURL(/\/ja\/events\/northeast-asia-belt-and-road-2027$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/events\/northeast-asia-belt-and-road-2027$/);
});

test('health reports the database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ db: 'ok' });
});
