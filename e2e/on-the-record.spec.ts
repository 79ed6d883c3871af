/**
 * #18 walked as people would: nothing irreversible by one click (U3, U5), empty seats go to the wait list (U5),
 * delegates' own actions and every e-mail on the record (U12), itineraries follow a delegate's change, and
 * nothing typed is lost (U8, U4).
 */
import { baseURL } from '../playwright.config';
import { type EventDraft, expect, type NewEvent, registerViaApi, test, visitDraft } from './fixtures';
import { mailsTo, waitForMails } from './mailbox';
import { format, messages } from './messages';

/** A published conference of the test's own: `capacity` seats, two visits of ten. */
const conference = (newEvent: (title: string, draft?: EventDraft) => Promise<NewEvent>, capacity: number) =>
  newEvent('Record', { capacity: String(capacity), visits: [visitDraft('13', 'Port visit'), visitDraft('14', 'Railway works')] });

test('an organizer raises the capacity: the wait list is seated at once, told by e-mail, and the history says so; irreversible steps ask first', async ({
  organizerPage: page,
  request,
  newEvent,
}) => {
  test.setTimeout(180_000);
  const event = await conference(newEvent, 1);
  const first = await registerViaApi(request, event.slug, { visitIds: [event.visitIds[0]] });
  const second = await registerViaApi(request, event.slug, { visitIds: [event.visitIds[0]] });
  expect([first.status, second.status]).toEqual(['confirmed', 'waitlisted']);

  const m = messages.en;
  await page.goto(`/en/admin/events/${event.id}/edit`);
  await page.locator('#ev-capacity').fill('5');
  await page.getByRole('button', { name: m.EventEditor.save }).click();
  await expect(page.getByText(format('en', m.EventEditor.outcome.promoted, { count: 1 }))).toBeVisible();
  // The promoted delegate hears of it by e-mail, in their language (Korean).
  const mails = await waitForMails(second.email, 2);
  expect(mails[1]!.subject).toContain(second.reference);

  // Cancelling the event asks once, naming how many delegates will be written to; going back changes nothing.
  await page.getByText(m.EventEditor.status.cancel).click();
  await page.getByRole('button', { name: m.EventEditor.status.cancelConfirm }).click();
  const cancel = page.getByRole('dialog', { name: format('en', m.Confirm.cancelEventTitle, { kind: 'conference' }) });
  await expect(cancel).toContainText(format('en', m.Confirm.cancelEventBody, { kind: 'conference', title: event.title.en, count: 2 }));
  await cancel.getByRole('button', { name: m.Confirm.back }).click();
  await expect(cancel).toBeHidden();
  await expect(page.getByText(m.EventEditor.status.statuses.published)).toBeVisible();

  // Sending itineraries asks once too, with the number for the scope chosen.
  await page.goto(`/en/admin/events/${event.id}`);
  await expect(page.getByRole('button', { name: m.Admin.attendees.approveSelected })).toHaveCount(0); // nothing to select here (U11)
  await page.getByRole('button', { name: m.Admin.attendees.sendItineraries }).click();
  const send = page.getByRole('dialog', { name: m.Confirm.itinerariesTitle });
  await expect(send).toContainText(format('en', m.Confirm.itinerariesAll, { count: 2 }));
  await send.getByRole('button', { name: m.Confirm.itinerariesYes }).click();
  await expect(page.getByRole('status').filter({ hasText: /2/ }).first()).toBeVisible();
  await expect.poll(async () => (await mailsTo(first.email)).length, { timeout: 60_000 }).toBe(2);

  // The promoted delegate's history, in English and in Chinese: the automatic promotion and each e-mail.
  for (const locale of ['en', 'zh'] as const) {
    const a = messages[locale].Admin;
    await page.goto(`/${locale}/admin/events/${event.id}?q=${second.reference}`);
    await page.getByRole('link', { name: second.reference }).click();
    const history = page.locator('main ul').last();
    await expect(history).toContainText(a.audit.actions['registration_auto-promote']);
    await expect(history).toContainText(`${a.audit.fields.emailKind}`);
    await expect(history).toContainText(a.emails.kinds.promoted);
    await expect(history).toContainText(a.emails.kinds.itinerary);
  }
});

test('a delegate changes their visits (a new itinerary follows), then erases their data after one question; the link later says when', async ({
  adminPage: page,
  request,
  newEvent,
}) => {
  test.setTimeout(180_000);
  const event = await conference(newEvent, 10);
  const me = await registerViaApi(request, event.slug, { locale: 'ja', visitIds: [event.visitIds[0]] });
  const ja = messages.ja;
  await page.goto(me.manageUrl);
  await page.getByText(ja.ManagePage.edit).click();
  const boxes = page.locator('details form input[type=checkbox]');
  await boxes.nth(1).check();
  await page.getByRole('button', { name: ja.ManagePage.save }).click();
  await expect(page.getByText(ja.ManagePage.saved)).toBeVisible();
  // Confirmation, the change, and the itinerary for the visits as they now stand.
  const mails = await waitForMails(me.email, 3);
  expect(mails.map((m) => m.subject).join('\n')).toContain(ja.Email.subjects.itinerary.split('{')[0]!);

  // The organizer reads it as a sentence (Korean back office): who did it and what changed.
  const ko = messages.ko.Admin;
  await page.goto(`/ko/admin/events/${event.id}?q=${me.reference}`);
  await page.getByRole('link', { name: me.reference }).click();
  const history = page.locator('main ul').last();
  await expect(history).toContainText(ko.audit.actions['registration_self-update']);
  await expect(history).toContainText(
    format('ko', ko.audit.change, {
      field: ko.audit.fields.visitIds,
      from: format('ko', ko.audit.visitCount, { count: 1 }),
      to: format('ko', ko.audit.visitCount, { count: 2 }),
    }),
  );

  // Erasing asks once, in Japanese, then the page shows the new state at once.
  await page.goto(me.manageUrl);
  const p = ja.PrivateLink;
  await page.getByRole('button', { name: ja.ManagePage.eraseConfirm }).click();
  const dialog = page.getByRole('dialog', { name: p.eraseTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: p.eraseYes }).click();
  await expect(page.getByRole('heading', { level: 1, name: p.erasedTitle })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: p.erasedTitle })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(me.email);
});

test('nothing typed is lost: a language switch and a reload keep the form, never the passport number', async ({ page }) => {
  const en = messages.en.RegistrationForm.fields;
  await page.goto('/en/events/northeast-asia-belt-and-road-2027/register');
  await page.locator('#familyName').fill('Ivanova');
  await page.locator('#organization').fill('Primorsky Chamber');
  await page.locator('#email').fill('draft@example.org');
  await page.getByLabel(en.visaRequested).check();
  await page.locator('#passportNumber').fill('P1234567');
  // Switching to Chinese in the middle of the form.
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '中文' }).click();
  await expect(page).toHaveURL(/\/zh\/events\//);
  await expect(page.getByRole('status').filter({ hasText: messages.zh.FormDraft.restored })).toBeVisible();
  await expect(page.locator('#familyName')).toHaveValue('Ivanova');
  await expect(page.locator('#organization')).toHaveValue('Primorsky Chamber');
  await expect(page.locator('#email')).toHaveValue('draft@example.org');
  await expect(page.locator('#passportNumber')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#email')).toHaveValue('draft@example.org');
  // Starting over clears it for good.
  await page.getByRole('button', { name: messages.zh.FormDraft.discard }).click();
  await expect(page.locator('#email')).toHaveValue('');
  await page.reload();
  await expect(page.locator('#email')).toHaveValue('');
});

test('what is chosen and typed before the page’s script has run is kept: the delegation form and the visa details follow once it runs', async ({ page }) => {
  const d = messages.ko.DelegationForm;
  const f = messages.ko.RegistrationForm.fields;
  // A slow phone: the page is there, its script not yet. The scripts wait until the choice is made.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_next\/static\/chunks\/.*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/ko/events/northeast-asia-belt-and-road-2027/register', { waitUntil: 'commit' });
  await page.getByLabel(d.mode.delegation).check();
  await page.getByLabel(f.visaRequested).check();
  await page.locator('#familyName').fill('김');
  // Not yet: a press now would send the fields nowhere (the form works with its script).
  await expect(page.getByRole('button', { name: messages.ko.RegistrationForm.submit })).toBeDisabled();
  release();
  await expect(page.getByRole('group', { name: d.membersLegend })).toBeVisible();
  await expect(page.getByLabel(d.mode.delegation)).toBeChecked();
  await expect(page.getByLabel(f.passportNumber)).toBeVisible();
  await expect(page.locator('#familyName')).toHaveValue('김');
  await expect(page.getByRole('button', { name: messages.ko.RegistrationForm.submit })).toBeEnabled();
});

test('the event editor arrives with its values in the page, and keeps unsaved edits across a language switch', async ({
  browser,
  organizerPage: page,
  organizer,
  newEvent,
}) => {
  const event = await conference(newEvent, 3);
  const cookie = organizer.Cookie!.split('=');
  // Without any script: the server's HTML already holds every value (U4).
  const bare = await browser.newContext({ javaScriptEnabled: false });
  await bare.addCookies([{ name: cookie[0]!, value: cookie.slice(1).join('='), url: baseURL }]);
  const plain = await bare.newPage();
  await plain.goto(`/en/admin/events/${event.id}/edit`);
  await expect(plain.locator('#ev-slug')).toHaveValue(event.slug);
  await expect(plain.locator('#ev-capacity')).toHaveValue('3');
  await expect(plain.locator('#ev-startsAt')).toHaveValue('2027-10-12T09:00');
  await bare.close();

  await page.goto(`/en/admin/events/${event.id}/edit`);
  await page.locator('#ev-capacity').fill('42');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/admin\//);
  await expect(page.getByRole('status').filter({ hasText: messages.ru.FormDraft.restoredEditor })).toBeVisible();
  await expect(page.locator('#ev-capacity')).toHaveValue('42');
});
