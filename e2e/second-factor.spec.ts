import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { expect, registerViaApi, signIn, test } from './fixtures';
import { format, messages } from './messages';

const m = messages.en.Admin;
const PASSWORD = 'a-long-passphrase-2026';
const wrong = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function setRequirement(page: Page, on: boolean) {
  await page.goto('/en/admin/accounts');
  await page.getByLabel(m.accounts.requireSecondFactor).setChecked(on);
  await page.getByRole('button', { name: m.accounts.save, exact: true }).click();
  await expect(page.getByLabel(m.accounts.requireSecondFactor)).toBeChecked({ checked: on });
}

test('two-step sign-in: set up with an app, sign in with a code, and passport data only with it once required', async ({
  browser,
  adminPage: page,
  request,
  newEvent,
}) => {
  test.setTimeout(180_000);
  const trip = await newEvent('Two-step trip', { kind: 'delegation', approvalMode: 'organizer' });
  const passport = `TF${Date.now().toString().slice(-7)}`;
  const { reference } = await registerViaApi(request, trip.slug, {
    visaRequested: true,
    passportNumber: passport,
    nationality: 'KR',
    dateOfBirth: '1979-03-14',
    visaConsent: true,
    entryDate: '2027-06-01',
    exitDate: '2027-06-10',
    consulate: 'Consulate-General of the PRC in Busan',
  });

  // An administrator creates a second administrator.
  const email = `totp-${randomUUID()}@example.org`;
  const name = `Second Admin ${email.slice(5, 13)}`;
  await page.goto('/en/admin/accounts');
  await page.getByLabel(m.accounts.name).fill(name);
  await page.getByLabel(m.accounts.email).fill(email);
  await page.getByLabel(m.accounts.role, { exact: true }).selectOption('admin');
  await page.getByLabel(m.accounts.password).fill(PASSWORD);
  await page.getByRole('button', { name: m.accounts.submit }).click();
  await expect(page.getByRole('cell', { name: email })).toBeVisible();

  // The new administrator turns on two-step sign-in with the key shown on screen.
  const second = await (await browser.newContext()).newPage();
  await signIn(second, email, 'en', PASSWORD);
  await second.getByRole('link', { name: m.nav.security }).click();
  await second.getByRole('button', { name: m.security.setUp }).click();
  await expect(second.getByRole('img', { name: m.security.qrAlt })).toBeVisible();
  const totp = new TOTP({ secret: Secret.fromBase32((await second.locator('.secret-key').innerText()).replace(/\s/g, '')) });
  await second.getByLabel(m.security.code).fill(wrong(totp.generate()));
  await second.getByRole('button', { name: m.security.confirm }).click();
  await expect(second.locator('p[role=alert]')).toHaveText(m.security.results.code);
  await second.getByLabel(m.security.code).fill(totp.generate());
  await second.getByRole('button', { name: m.security.confirm }).click();
  await expect(second.getByRole('status')).toHaveText(m.security.results.on);

  // Signing in now takes the password and then a code; a wrong code is refused with a clear message.
  await second.getByRole('button', { name: m.nav.signOut }).click();
  await signIn(second, email, 'en', PASSWORD);
  await expect(second.getByRole('heading', { name: m.signIn.codeTitle })).toBeVisible();
  expect(second.url()).toContain('/en/admin/sign-in/code');
  const nextCode = () => totp.generate({ timestamp: Date.now() + 30_000 });
  await second.getByLabel(m.signIn.code).fill(wrong(nextCode()));
  await second.getByRole('button', { name: m.signIn.submit }).click();
  await expect(second.locator('p[role=alert]')).toHaveText(m.signIn.errors.code);
  // The next step's code: the one used to turn it on may not be replayed.
  await second.getByLabel(m.signIn.code).fill(nextCode());
  await second.getByRole('button', { name: m.signIn.submit }).click();
  await expect(second.getByRole('heading', { name: m.events.title })).toBeVisible();

  // Finding 3: now that an administrator has a second factor, a session without a code cannot touch
  // security settings: the demo admin (password only) is refused, the second admin (with code) may.
  const refused = await page.request.post('/api/admin/accounts/second-factor', {
    headers: { Origin: new URL(page.url()).origin, Accept: 'application/json' },
    data: { action: 'require', required: true },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: 'secondFactorRequired' });
  await page.goto('/en/admin/accounts');
  await expect(page.getByText(m.accounts.stepUp)).toBeVisible();
  await setRequirement(second, true);
  try {
    await page.goto(`/en/admin/events/${trip.id}?q=${reference}`);
    await page.getByRole('link', { name: reference }).click();
    await page.waitForURL(/\/admin\/registrations\//);
    const delegateUrl = page.url();
    await expect(page.getByText(m.registration.needsSecondFactor)).toBeVisible();
    await expect(page.getByRole('link', { name: m.nav.passportsNeedSecondFactor })).toBeVisible();
    await expect(page.getByRole('button', { name: m.registration.reveal })).toHaveCount(0);

    // The administrator signed in with a code sees it, and the reveal is logged.
    await second.goto(delegateUrl);
    await second.getByRole('button', { name: m.registration.reveal }).click();
    await expect(second.getByText(passport)).toBeVisible();
    // The audit log tells who did it, in the reader's language.
    await second.goto('/ja/admin/audit');
    const actions = messages.ja.Admin.audit.actions;
    await expect(second.getByRole('row').filter({ hasText: name }).filter({ hasText: actions['registration_reveal-passport'] })).toHaveCount(1);
    await expect(second.getByRole('row').filter({ hasText: name }).filter({ hasText: actions.settings_passportsNeedSecondFactor }).first()).toBeVisible();
  } finally {
    await setRequirement(second, false);
    // Its own second factor reset, so that the demo administrator may manage security again in the specs that follow.
    await second.goto('/en/admin/accounts');
    await second.getByRole('button', { name: format('en', m.accounts.resetFor, { name }) }).click();
    await expect(second.getByRole('button', { name: format('en', m.accounts.resetFor, { name }) })).toHaveCount(0);
  }
});
