import { randomUUID } from 'node:crypto';
import { expect, signIn, test } from './fixtures';
import { messages } from './messages';

const m = messages.en.Admin;

// Its own client address (the tests play the proxy): these sign-ins do not use up the other specs' per-client limit.
test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.51.100.77' } });

// Accounts that can be managed: an administrator resets a password (printed once, to be changed),
// disables an account (its sessions end at once); all of it in the audit log.
test('an administrator resets and disables an account, and its sessions end at once', async ({ browser, adminPage: page }) => {
  test.setTimeout(240_000); // a deadline for a loaded machine, not a measure
  const email = `staff-${randomUUID().slice(0, 8)}@example.org`;
  const name = `Staff ${email.slice(6, 12)}`;
  await page.goto('/en/admin/accounts');
  await page.getByLabel(m.accounts.name, { exact: true }).fill(name);
  await page.getByLabel(m.accounts.email, { exact: true }).fill(email);
  await page.getByLabel(m.accounts.role, { exact: true }).selectOption('organizer');
  await page.getByLabel(m.accounts.password).fill('first-password-2026');
  await page.getByRole('button', { name: m.accounts.submit }).click();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();

  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, email, 'en', 'first-password-2026');
  await expect(staff.getByRole('heading', { name: m.events.title })).toBeVisible();

  // A printed temporary password: the old sessions end, and it must be replaced at the next sign-in.
  await page.getByRole('button', { name: m.accounts.resetPasswordFor.replace('{name}', name) }).click();
  const shown = page.getByRole('status').filter({ hasText: m.accounts.passwordShown.replace('{name}', name).slice(0, 20) });
  const temporary = (await shown.locator('code').innerText()).trim();
  expect(temporary).toMatch(/^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$/);
  await staff.reload();
  await expect(staff.getByRole('heading', { name: m.signIn.title })).toBeVisible();
  await signIn(staff, email, 'en', temporary);
  await expect(staff.getByRole('heading', { name: m.password.title })).toBeVisible();
  await staff.getByLabel(m.password.current).fill(temporary);
  await staff.getByLabel(m.password.next.replace('{min}', '12')).fill('second-password-2026');
  await staff.getByLabel(m.password.repeat).fill('second-password-2026');
  await staff.getByRole('button', { name: m.password.submit }).click();
  await expect(staff.getByRole('status')).toHaveText(m.password.results.changed);

  // Disabled: the open session is gone at once, and the password no longer opens anything.
  await page.goto('/en/admin/accounts');
  await page.getByRole('button', { name: m.accounts.disableFor.replace('{name}', name) }).click();
  await expect(page.getByRole('status')).toHaveText(m.accounts.done);
  await staff.goto('/en/admin');
  await expect(staff.getByRole('heading', { name: m.signIn.title })).toBeVisible();
  await signIn(staff, email, 'en', 'second-password-2026');
  await expect(staff.locator('p[role=alert]')).toHaveText(m.signIn.errors.invalid);

  await page.goto('/en/admin/audit');
  for (const action of ['account_passwordReset', 'account_passwordChange', 'account_disable'] as const) {
    await expect(page.getByRole('row').filter({ hasText: m.audit.actions[action] }).first()).toBeVisible();
  }
});

test('a new account refused is said beside its field, in the reader’s language, and nothing typed is lost', async ({ adminPage: page }) => {
  const k = messages.ko.Admin.accounts;
  const email = `desk-${randomUUID().slice(0, 8)}@example.org`;
  await page.goto('/ko/admin/accounts');
  const fill = async (name: string, address: string) => {
    await page.getByLabel(k.name, { exact: true }).fill(name);
    await page.getByLabel(k.email, { exact: true }).fill(address);
    await page.getByLabel(k.password).fill('desk-password-2026');
  };
  await fill('Desk\u202Eone', email);
  await page.getByRole('button', { name: k.submit }).click();
  await expect(page.locator('#acc-name-error')).toHaveText(k.errors.invalidCharacters);

  await fill('Desk one', email);
  await page.getByRole('button', { name: k.submit }).click();
  await expect(page.getByRole('status')).toHaveText(k.created);
  await expect(page.getByRole('cell', { name: email })).toBeVisible();

  // The same address again: said beside the e-mail field, and the name stays as typed.
  await fill('Desk two', email.toUpperCase());
  await page.getByRole('button', { name: k.submit }).click();
  await expect(page.locator('#acc-email-error')).toHaveText(k.errors.exists);
  await expect(page.getByLabel(k.name, { exact: true })).toHaveValue('Desk two');
  await expect(page.getByRole('cell', { name: email })).toHaveCount(1);
});
