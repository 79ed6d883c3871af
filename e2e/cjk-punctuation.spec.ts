import { expect, type Page, test } from '@playwright/test';
import { asciiPunctuationNextToCjk, nestedSameQuote } from '@/lib/cjk-punctuation';
import { messages } from './messages';

// What a Chinese or Japanese reader sees must use full-width `：，（）` between CJK characters and never nest a
// quote in a quote of the same kind — whether the text comes from the messages, the event data or a component.
const EVENT = 'northeast-asia-belt-and-road-2027'; // a program with speakers and rooms, visits, a theme line
const PAST = 'belt-and-road-cooperation-2018'; // a report with its outcome and figures

async function offences(page: Page) {
  const text = await page.locator('body').innerText();
  const nested = nestedSameQuote(text);
  return [...asciiPunctuationNextToCjk(text), ...(nested ? [`nested quotes: ${nested}`] : [])];
}

for (const locale of ['zh', 'ja'] as const) {
  for (const path of ['', '/events', `/events/${EVENT}`, `/events/${PAST}`]) {
    test(`${locale}${path || '/'} shows no ASCII : , ( ) next to CJK text`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      await expect(page.locator('h1')).toBeVisible();
      expect(await offences(page)).toEqual([]);
    });
  }

  test(`${locale} registration form and its error summary show no ASCII : , ( ) next to CJK text`, async ({ page }) => {
    const m = messages[locale];
    await page.goto(`/${locale}/events/${EVENT}/register`);
    expect.soft(await offences(page)).toEqual([]);
    // Sent empty: every field's label is joined to its error in the summary.
    await page.getByRole('button', { name: m.RegistrationForm.submit }).click();
    await expect(page.locator('#consent-error')).toHaveText(m.RegistrationForm.errors.consentRequired);
    expect(await offences(page)).toEqual([]);
  });
}
