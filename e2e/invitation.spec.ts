import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, label, signIn, test } from './fixtures';
import { confirmationFor } from './mailbox';
import { format, messages } from './messages';

// Its own client address: the wrong code counts only against this spec's bucket.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.151' } });

const en = messages.en;

async function fillDelegate(page: Page, locale: 'en' | 'ko', email: string) {
  const f = messages[locale].RegistrationForm.fields;
  await page
    .getByLabel(label(f.familyName))
    .first()
    .fill(locale === 'ko' ? '박' : 'Tanaka');
  await page
    .getByLabel(label(f.givenName))
    .first()
    .fill(locale === 'ko' ? '서연' : 'Yui');
  await page.getByLabel(label(f.latinFamilyName)).fill(locale === 'ko' ? 'Park' : 'Tanaka');
  await page.getByLabel(label(f.latinGivenName)).fill(locale === 'ko' ? 'Seoyeon' : 'Yui');
  await page.getByLabel(label(f.organization)).fill('Busan Chamber of Commerce');
  await page.getByLabel(label(f.country)).selectOption('KR');
  await page.getByLabel(label(f.email)).fill(email);
  await page.getByLabel(label(f.phone)).fill('+82 51 990 7000');
  await page.getByLabel(label(f.delegationType)).selectOption('association');
  await page.getByLabel(f.consent).check();
}

test('an invitation-only event: codes issued, a wrong one refused, the link fills it in, a co-host sees only this event', async ({
  browser,
  adminPage: page,
  newEvent,
}) => {
  test.setTimeout(600_000); // one long story on a shared two-core machine
  const event = await newEvent(`Invited Partners Round Table ${randomUUID().slice(0, 8)}`, { kind: 'talks' });
  const { id, slug } = event;
  const title = event.title.en;

  // The organizer makes it invitation-only in the editor.
  await page.goto(`/en/admin/events/${id}/edit`);
  await page.getByLabel(en.EventEditor.fields.inviteOnly).check();
  await page.getByRole('button', { name: en.EventEditor.save }).click();
  await expect(page.getByText(en.EventEditor.outcome.saved)).toBeVisible();

  // … and issues a code for two places from the attendee page.
  await page.goto(`/en/admin/events/${id}`);
  await page.getByRole('link', { name: en.AccessCodes.title }).click();
  await expect(page.getByText(en.AccessCodes.inviteOnlyOn)).toBeVisible();
  await page.getByLabel(en.AccessCodes.organization).fill('Busan Chamber of Commerce');
  await page.getByLabel(en.AccessCodes.quota).fill('2');
  await page.getByRole('button', { name: en.AccessCodes.issue }).click();
  await expect(page.getByRole('status')).toHaveText(en.AccessCodes.results.issued);
  const code = (await page.locator('code.access-code').first().innerText()).trim();
  expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);

  // The public page says so (from the cache, which knows no code).
  const visitor = await (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.152' } })).newPage();
  await visitor.goto(`/en/events/${slug}`);
  await expect(visitor.getByText(en.AccessCode.byInvitation)).toBeVisible();

  // A wrong code: a clear error at the field, and nothing typed is lost; the right one then goes through.
  await visitor.goto(`/en/events/${slug}/register`);
  await visitor.getByLabel(label(en.AccessCode.label)).fill('ABCD-EFGH-JKMN');
  const emailA = `invite-a-${Date.now()}@example.org`;
  await fillDelegate(visitor, 'en', emailA);
  await visitor.getByRole('button', { name: en.RegistrationForm.submit }).click();
  await expect(visitor.locator('#accessCode-error')).toHaveText(en.AccessCode.errors.invalid);
  await expect(visitor.getByLabel(label(en.AccessCode.label))).toBeFocused();
  await expect(visitor.getByLabel(label(en.RegistrationForm.fields.organization))).toHaveValue('Busan Chamber of Commerce');
  await visitor.getByLabel(label(en.AccessCode.label)).fill(code.toLowerCase());
  await visitor.getByRole('button', { name: en.RegistrationForm.submit }).click();
  // The screen says to look in the inbox (finding 11); the e-mail says confirmed.
  await expect(visitor.getByRole('heading', { name: en.RegistrationReceived.title })).toBeVisible();
  expect((await confirmationFor(emailA, 'en')).status).toBe('confirmed');

  // A delegate opens the link with ?code= in Korean: the field is filled in.
  const ko = messages.ko;
  const delegate = await (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.153' } })).newPage();
  await delegate.goto(`/ko/events/${slug}/register?code=${code}`);
  await expect(delegate.getByText(ko.AccessCode.notice)).toBeVisible();
  await expect(delegate.getByLabel(label(ko.AccessCode.label))).toHaveValue(code);
  const emailB = `invite-b-${Date.now()}@example.org`;
  await fillDelegate(delegate, 'ko', emailB);
  await delegate.getByRole('button', { name: ko.RegistrationForm.submit }).click();
  await expect(delegate.getByRole('heading', { name: ko.RegistrationReceived.title })).toBeVisible();
  expect((await confirmationFor(emailB, 'ko')).status).toBe('confirmed');

  // Both places are used: the next one with the same code is told so, in their language.
  await delegate.goto(`/ko/events/${slug}/register?code=${code}`);
  await fillDelegate(delegate, 'ko', `invite-c-${Date.now()}@example.org`);
  await delegate.getByRole('button', { name: ko.RegistrationForm.submit }).click();
  await expect(delegate.locator('#accessCode-error')).toHaveText(ko.AccessCode.errors.exhausted);
  await page.reload();
  await expect(page.getByRole('cell', { name: format('en', en.AccessCodes.usedOf, { used: 2, quota: 2 }), exact: true })).toBeVisible();

  // A co-host account, assigned to this event only.
  const email = `partner-${Date.now()}@example.org`;
  const name = `Partner ${Date.now() % 10000}`;
  const password = `partner-${randomUUID()}`;
  await page.goto('/en/admin/accounts');
  await page.getByLabel(en.Admin.accounts.name, { exact: true }).fill(name);
  await page.getByLabel(en.Admin.accounts.email, { exact: true }).fill(email);
  await page.getByLabel(en.Admin.accounts.role, { exact: true }).selectOption('cohost');
  await page.getByLabel(en.Admin.accounts.password).fill(password);
  await page.getByRole('button', { name: en.Admin.accounts.submit }).click();
  const assignment = page.getByRole('group', { name: format('en', en.CoHost.eventsOf, { name: `${name} (${email})` }) });
  await assignment.getByLabel(title).check();
  await page.getByRole('button', { name: format('en', en.CoHost.saveFor, { name }) }).click();
  await expect(page.getByRole('status')).toHaveText(en.Admin.accounts.done);
  await page.goto('/en/admin');
  const otherEvent = await page.locator(`tbody a[href*="/admin/events/"]:not([href*="${id}"])`).first().getAttribute('href');

  const partner = await (await browser.newContext({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.154' } })).newPage();
  await signIn(partner, email, 'en', password);
  await expect(partner.getByRole('heading', { name: en.Admin.events.title })).toBeVisible();
  await expect(partner.locator('tbody tr')).toHaveCount(1);
  await expect(partner.locator('tbody tr')).toContainText(title);
  await partner.getByRole('link', { name: title }).click();
  await expect(partner.getByRole('row').filter({ hasText: 'PARK' })).toBeVisible();
  for (const path of [otherEvent!, '/en/admin/accounts', '/en/admin/audit', `/en/admin/events/${id}/edit`]) {
    await partner.goto(path);
    await expect(partner.getByRole('heading', { name: en.Admin.forbidden.title })).toBeVisible();
  }
  await expect(partner.getByRole('navigation', { name: en.Admin.nav.label }).getByRole('link', { name: en.Admin.nav.accounts })).toHaveCount(0);
});
