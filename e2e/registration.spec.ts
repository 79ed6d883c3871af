import type { Page } from '@playwright/test';
import { expect, label, test } from './fixtures';
import { LOCALES } from './locales';
import { confirmationFor } from './mailbox';
import { format, messages } from './messages';

const EVENT = 'northeast-asia-belt-and-road-2027';
// The whole label, then nothing or the required marker: 소속 기관 must not also find 소속 기관 유형.

async function fillForm(page: Page, locale: (typeof LOCALES)[number], email: string) {
  const f = messages[locale].RegistrationForm.fields;
  await page
    .getByLabel(label(f.familyName))
    .first()
    .fill(locale === 'ru' ? 'Иванова' : '李');
  await page
    .getByLabel(label(f.givenName))
    .first()
    .fill(locale === 'ru' ? 'Анна' : '明');
  await page.getByLabel(label(f.latinFamilyName)).fill(locale === 'ru' ? 'Ivanova' : 'Li');
  await page.getByLabel(label(f.latinGivenName)).fill(locale === 'ru' ? 'Anna' : 'Ming');
  await page.getByLabel(label(f.organization)).fill('Changchun FAW Trading Co.');
  await page.getByLabel(label(f.country)).selectOption('CN');
  await page.getByLabel(label(f.email)).fill(email);
  await page.getByLabel(label(f.phone)).fill('+86 431 8888 0000');
  await page.getByLabel(label(f.delegationType)).selectOption('enterprise');
  await page.getByRole('checkbox').first().check(); // the first visit
  await page.getByLabel(f.consent).check();
}

for (const locale of LOCALES) {
  test(`${locale}: a delegate registers, changes a visit and cancels`, async ({ page }) => {
    const m = messages[locale];
    await page.goto(`/${locale}/events/${EVENT}/register`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : locale);

    // Leaving everything empty: localized errors beside the fields, announced in a summary.
    await page.getByRole('button', { name: m.RegistrationForm.submit }).click();
    await expect(page.getByRole('alert').first()).toBeVisible();
    const emailField = page.getByLabel(label(m.RegistrationForm.fields.email));
    await expect(emailField).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#email-error')).toHaveText(m.RegistrationForm.errors.required);
    await expect(page.locator('#consent-error')).toHaveText(m.RegistrationForm.errors.consentRequired);

    const email = `e2e-${locale}-${Date.now()}@example.org`;
    await fillForm(page, locale, email);
    await page.getByRole('button', { name: m.RegistrationForm.submit }).click();

    // The screen says only "check your inbox" (finding 11); the reference and the private link come by e-mail.
    await expect(page.getByRole('heading', { name: m.RegistrationReceived.title })).toBeVisible();
    await expect(page.getByText(format(locale, m.RegistrationReceived.body, { email }))).toBeVisible();
    await expect(page.locator('main')).not.toContainText(/[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}/);
    const mail = await confirmationFor(email, locale);
    expect(mail.status).toBe('confirmed');
    await page.goto(mail.manageUrl);
    await expect(page.locator('html')).toHaveAttribute('lang', locale === 'zh' ? 'zh-Hans' : locale);
    await expect(page.locator('.reference')).toHaveText(mail.reference);
    await expect(page.locator('.facts strong')).toHaveText(m.ManagePage.statuses.confirmed);

    // Change visits: drop the first, take the second.
    await page.getByText(m.ManagePage.edit).click();
    const boxes = page.locator('details form input[type=checkbox]');
    await boxes.nth(0).uncheck();
    await boxes.nth(1).check();
    await page.getByRole('button', { name: m.ManagePage.save }).click();
    await expect(page.getByText(m.ManagePage.saved)).toBeVisible();
    await page.reload();
    await expect(page.locator('.manage-page > ul > li')).toHaveCount(1);

    // Cancel: asked once, in the reader's language; stepping back keeps the registration.
    const url = page.url();
    const p = m.PrivateLink;
    await page.getByRole('button', { name: p.cancelOpen }).click();
    const dialog = page.getByRole('dialog', { name: p.cancelTitle });
    await expect(dialog).toContainText(email);
    await dialog.getByRole('button', { name: p.keep }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.facts strong')).toHaveText(m.ManagePage.statuses.confirmed);
    await page.getByRole('button', { name: p.cancelOpen }).click();
    await dialog.getByRole('button', { name: m.ManagePage.cancelConfirm }).click();
    // The page itself shows the new state, and the link opened later says when it was cancelled (U3).
    await expect(page.getByRole('heading', { level: 1, name: p.cancelledTitle })).toBeVisible();
    await expect(page.locator('.facts')).toHaveCount(0);
    const again = await page.goto(url);
    expect(again?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: p.cancelledTitle })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(
      p.cancelledOn.split('<event>')[0]!.trim() || p.cancelledOn.split('</event>')[1]!.split('{date}')[0]!.trim(),
    );
  });
}

test('a wrong management token is a plain not found', async ({ page }) => {
  const response = await page.goto(`/en/registration/${'A'.repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
