import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { expect, label, registerDelegation, test } from './fixtures';
import { pdfText } from './pdf';
import { LOCALES } from './locales';
import { mailsTo, waitForMails } from './mailbox';
import { format, messages } from './messages';

const en = messages.en;

/** A conference with one visit and the organizers' contact; its registrations wait for the organizers unless `approvalMode` is automatic. */
const delegationForum = (approvalMode: 'organizer' | 'automatic' = 'organizer') => ({
  capacity: '30',
  approvalMode,
  delegationOverflow: 'waitlistAll',
  contactName: 'Liu Jiaqi',
  contactPhone: '+86 431 8562 0322',
  contactEmail: 'events@example.org',
  visits: [
    {
      visitId: '',
      startsAt: '2027-10-13T09:00',
      endsAt: '2027-10-13T12:00',
      capacity: '10',
      title: Object.fromEntries(LOCALES.map((l) => [l, `Port visit ${l}`])),
      description: {},
      meetingPoint: Object.fromEntries(LOCALES.map((l) => [l, `Hotel lobby ${l}`])),
      transport: {},
      stops: [],
    },
  ],
});

async function fillMember(page: Page, n: number, m: { locale: string; family: string; given: string; latinFamily: string; latinGiven: string; email: string }) {
  const member = page.getByRole('group', { name: format('en', en.DelegationForm.memberHeading, { n }), exact: true });
  await member.getByLabel(label(en.DelegationForm.memberLocale)).selectOption(m.locale);
  await member.getByLabel(label(en.RegistrationForm.fields.familyName)).fill(m.family);
  await member.getByLabel(label(en.RegistrationForm.fields.givenName)).fill(m.given);
  await member.getByLabel(label(en.RegistrationForm.fields.latinFamilyName)).fill(m.latinFamily);
  await member.getByLabel(label(en.RegistrationForm.fields.latinGivenName)).fill(m.latinGiven);
  await member.getByLabel(label(en.DelegationForm.memberEmail)).fill(m.email);
}

test('a head registers three members in zh, ja and ru; each is written to in their language; the organizer approves the delegation', async ({
  organizerPage: page,
  newEvent,
}) => {
  test.setTimeout(180_000);
  const event = await newEvent('Delegation forum', delegationForum());
  const run = randomUUID().slice(0, 8);
  const members = [
    { locale: 'zh', family: '李', given: '娜', latinFamily: 'Li', latinGiven: 'Na', email: `zh-${run}@example.org` },
    { locale: 'ja', family: '佐藤', given: '花子', latinFamily: 'Sato', latinGiven: 'Hanako', email: `ja-${run}@example.org` },
    { locale: 'ru', family: 'Петрова', given: 'Анна', latinFamily: 'Petrova', latinGiven: 'Anna', email: `ru-${run}@example.org` },
  ] as const;
  const headEmail = `head-${run}@example.org`;

  await page.goto(`/en/events/${event.slug}/register`);
  const f = en.RegistrationForm.fields;
  await page.getByLabel(en.DelegationForm.mode.delegation).check();
  await page.getByLabel(label(f.familyName)).first().fill('Kim');
  await page.getByLabel(label(f.givenName)).first().fill('Minjun');
  await page.getByLabel(label(f.latinFamilyName)).first().fill('Kim');
  await page.getByLabel(label(f.latinGivenName)).first().fill('Minjun');
  await page.getByLabel(label(f.organization)).fill('Busan Chamber of Commerce');
  await page.getByLabel(label(f.country)).first().selectOption('KR');
  await page.getByLabel(label(f.email)).first().fill(headEmail);
  await page.getByLabel(label(f.phone)).fill('+82 51 990 7000');
  await page.getByLabel(label(f.delegationType)).selectOption('association');
  await page.getByLabel(label(en.DelegationForm.name)).fill(`Northeast Asia delegation ${run}`);
  await page.getByLabel(label(en.DelegationForm.organization)).fill('Busan Chamber of Commerce');
  await page.getByLabel(label(en.DelegationForm.country)).selectOption('KR');

  // Members are added from the keyboard: the new member's first field takes the focus.
  await fillMember(page, 1, members[0]);
  for (const n of [2, 3]) {
    await page.getByRole('button', { name: en.DelegationForm.addMember }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator(`#member-${n - 1}-locale`)).toBeFocused();
    await fillMember(page, n, { ...members[n - 1]!, latinFamily: n === 3 ? 'Петрова' : members[n - 1]!.latinFamily });
  }
  await page.getByLabel(f.consent).check();
  await page.getByRole('button', { name: en.RegistrationForm.submit }).click();
  // A mistake in one member's field is named beside that field, and in the summary, and nothing is lost.
  await expect(page.locator('#member-2-latinFamilyName-error')).toHaveText(en.DelegationForm.errors.latinOnly);
  await expect(page.locator('#member-2-latinFamilyName')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').first()).toContainText(format('en', en.DelegationForm.memberField, { n: 3, label: f.latinFamilyName }));
  await expect(page.locator('#member-1-familyName')).toHaveValue('佐藤');
  await page.locator('#member-2-latinFamilyName').fill('Petrova');
  await page.getByRole('button', { name: en.RegistrationForm.submit }).click();

  // The screen says to look in the inbox (finding 11): the head's private page link comes by e-mail only.
  await expect(page.getByRole('heading', { name: en.RegistrationReceived.title })).toBeVisible();

  // Each member's own e-mail arrives in their own language; the head's summary in English.
  for (const m of members) {
    await expect.poll(async () => (await mailsTo(m.email)).length, { timeout: 60_000 }).toBeGreaterThan(0);
    const [mail] = await mailsTo(m.email);
    const mm = messages[m.locale];
    expect(mail!.subject).toContain(mm.Email.subjects.pending.split('{')[0]!.trim());
    expect(mail!.subject).toContain(event.title[m.locale]);
    expect(mail!.html).toContain(`lang="${m.locale === 'zh' ? 'zh-Hans' : m.locale}"`);
    expect(mail!.text).toMatch(new RegExp(`/${m.locale}/registration/[A-Za-z0-9_-]{43}`));
  }
  await expect.poll(async () => (await mailsTo(headEmail)).length, { timeout: 60_000 }).toBeGreaterThan(0);
  const [summary] = await mailsTo(headEmail);
  expect(summary!.subject).toBe(format('en', en.DelegationEmail.subjects.registered, { name: `Northeast Asia delegation ${run}`, title: event.title.en }));
  for (const name of ['李娜', '佐藤花子', 'Петрова Анна']) expect(summary!.text).toContain(name);
  const headPage = summary!.text!.match(/\/en\/delegation\/[A-Za-z0-9_-]{43}/)![0];
  await page.goto(headPage);
  const cards = page.locator('.member-list > li');
  await expect(cards).toHaveCount(4);
  for (let i = 0; i < 4; i++) await expect(cards.nth(i)).toContainText(en.DelegationPage.statuses.pending);

  // The organizer approves the delegation as a unit.
  await page.goto(`/en/admin/events/${event.id}/delegations`);
  await expect(page.getByRole('heading', { name: `Northeast Asia delegation ${run}` })).toBeVisible();
  await page.getByRole('button', { name: en.AdminDelegations.approve }).click();
  await expect(page.getByRole('status')).toHaveText(format('en', en.AdminDelegations.done.approved, { count: 4 }));
  for (const m of members) {
    await expect
      .poll(async () => (await mailsTo(m.email)).map((x) => x.subject ?? ''), { timeout: 60_000 })
      .toContainEqual(expect.stringContaining(messages[m.locale].Email.subjects.approved.split('{')[0]!.trim()));
  }
  await page.goto(headPage);
  for (let i = 0; i < 4; i++) await expect(page.locator('.member-list > li').nth(i)).toContainText(en.DelegationPage.statuses.confirmed);
});

test('the organizer sends itineraries: a member with an address gets theirs in their language, the head one roll-up of all; then checks in those present at once', async ({
  organizerPage: page,
  request,
  newEvent,
}) => {
  test.setTimeout(180_000);
  const event = await newEvent('Delegation forum', delegationForum('automatic'));
  const run = randomUUID().slice(0, 8);
  const jaEmail = `rollup-ja-${run}@example.org`;
  const visitIds = [event.visitIds[0]!];
  const { headEmail } = await registerDelegation(request, event.slug, {
    name: `Roll-up delegation ${run}`,
    head: { visitIds },
    members: [
      { locale: 'ja', familyName: '佐藤', givenName: '花子', latinFamilyName: 'Sato', latinGivenName: 'Hanako', email: jaEmail, visitIds },
      { locale: 'ru', familyName: 'Петрова', givenName: 'Анна', latinFamilyName: 'Petrova', latinGivenName: 'Anna', visitIds },
    ],
  });
  await waitForMails(headEmail, 1); // the summary
  await waitForMails(jaEmail, 1); // the member's confirmation

  await page.goto(`/en/admin/events/${event.id}`);
  await page.getByRole('button', { name: en.Admin.attendees.sendItineraries }).click();
  // The dialog says who reads what: three delegates on a visit, the members with an address their own, the head a roll-up.
  const send = page.getByRole('dialog', { name: en.Confirm.itinerariesTitle });
  await expect(send).toContainText(
    format('en', en.Punctuation.sentences, { first: format('en', en.Confirm.itinerariesAll, { count: 3 }), second: en.Confirm.itinerariesDelegations }),
  );
  await send.getByRole('button', { name: en.Confirm.itinerariesYes }).click();

  // The member with an address: their own itinerary, in Japanese.
  const ja = messages.ja;
  const [, itinerary] = await waitForMails(jaEmail, 2);
  expect(itinerary!.subject).toContain(ja.Email.subjects.itinerary.split('】')[1]!.replace('{title}', event.title.ja));
  for (const text of ['Port visit ja', 'Hotel lobby ja', '09:00']) expect(itinerary!.text).toContain(text);
  // The head: one roll-up in English listing every member and their visit; nothing separate for the member without an address.
  const [, rollUp] = await waitForMails(headEmail, 2);
  const title = event.title.en;
  expect(rollUp!.subject).toBe(format('en', en.DelegationEmail.itinerary.subject, { name: `Roll-up delegation ${run}`, title }));
  for (const text of [
    format('en', en.DelegationEmail.headName, { name: 'Minjun Kim' }),
    '佐藤花子',
    'Петрова Анна',
    'Port visit en',
    'Hotel lobby en',
    '09:00',
  ])
    expect(rollUp!.text).toContain(text);
  expect(rollUp!.text!.split('Port visit en').length - 1).toBe(3);
  expect(rollUp!.text).not.toContain(en.DelegationEmail.itinerary.pendingNote);
  await page.waitForTimeout(3_000); // anything else the worker would have written by now
  expect((await mailsTo(headEmail)).map((m) => m.subject)).toEqual([
    format('en', en.DelegationEmail.subjects.registered, { name: `Roll-up delegation ${run}`, title }),
    rollUp!.subject,
  ]);

  // At the door: the head and the Japanese member are present, the Russian member is not (unticked).
  await page.goto(`/en/admin/events/${event.id}/delegations`);
  const card = page.locator('section.panel', { has: page.getByRole('heading', { name: `Roll-up delegation ${run}` }) });
  await card.getByRole('checkbox', { name: format('en', en.AdminDelegations.tickOne, { name: 'Петрова Анна' }) }).uncheck();
  await card.getByRole('button', { name: en.AdminDelegations.checkIn }).click();
  await expect(page.getByRole('status')).toHaveText(format('en', en.AdminDelegations.done.checkedIn, { count: 2 }));
  await expect(
    page
      .locator('section.panel', { has: page.getByRole('heading', { name: `Roll-up delegation ${run}` }) })
      .getByRole('button', { name: en.AdminDelegations.checkIn }),
  ).toBeVisible();
});

test('a head gives a member’s arrival on the delegation page; it shows on the board, marked when changed after printing; one delegation’s badges and the desk’s single badge print their names', async ({
  organizerPage: page,
  request,
  newEvent,
  organizer: headers,
}) => {
  test.setTimeout(180_000);
  const event = await newEvent('Delegation forum', delegationForum('automatic'));
  const asked = await request.post('/api/admin/events/questions', { headers, data: { eventId: event.id, asksTravel: true, questions: [] } });
  expect(asked.status(), await asked.text()).toBe(200);
  const run = randomUUID().slice(0, 8);
  const { headEmail } = await registerDelegation(request, event.slug, {
    name: `Travel delegation ${run}`,
    members: [
      { familyName: 'Петрова', givenName: 'Анна', latinFamilyName: 'Petrova', latinGivenName: 'Anna', locale: 'ru' },
      { familyName: '佐藤', givenName: '花子', latinFamilyName: 'Sato', latinGivenName: 'Hanako', locale: 'ja', email: `travel-ja-${run}@example.org` },
    ],
  });
  await expect.poll(async () => (await mailsTo(headEmail)).length, { timeout: 60_000 }).toBeGreaterThan(0);
  const headPage = (await mailsTo(headEmail))[0]!.text!.match(/\/en\/delegation\/[A-Za-z0-9_-]{43}/)![0];
  const token = headPage.split('/').pop()!;
  // Bad input is refused with the field's error key, never a 500.
  const bad = await request.post('/api/delegation/manage', {
    headers: { Origin: baseURL },
    data: { token, action: 'travel', memberId: randomUUID(), travel: { arrivalDate: '2027-02-30' } },
  });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fields).toEqual({ 'travel.arrivalDate': 'invalidDate' });

  const tr = en.Travel;
  const travelOf = (name: string) => page.locator('details', { has: page.getByText(format('en', en.DelegationPage.travel, { name }), { exact: true }) });
  await page.goto(headPage);
  const anna = travelOf('Петрова Анна');
  await anna.getByText(format('en', en.DelegationPage.travel, { name: 'Петрова Анна' })).click();
  await anna.getByLabel(tr.fields.arrivalDate, { exact: true }).fill('2027-10-11');
  await anna.getByLabel(tr.fields.arrivalTime, { exact: true }).fill('09:10');
  await anna.getByLabel(tr.fields.arrivalCarrier, { exact: true }).fill('not a flight');
  await anna.getByLabel(tr.fields.arrivalPlace, { exact: true }).fill('Changchun Longjia (CGQ)');
  await anna.getByRole('button', { name: en.DelegationPage.saveTravel }).click();
  // The mistake is named beside its field, in the head's language, and nothing typed is lost.
  await expect(anna.getByLabel(tr.fields.arrivalCarrier, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(anna.getByText(tr.errors.invalidCarrier)).toBeVisible();
  await anna.getByLabel(tr.fields.arrivalCarrier, { exact: true }).fill('su 6431');
  await anna.getByRole('button', { name: en.DelegationPage.saveTravel }).click();
  await expect(anna.getByRole('status')).toHaveText(en.DelegationPage.saved);

  await page.goto(`/en/admin/events/${event.id}/arrivals`);
  const flight = page.getByRole('table').filter({ has: page.locator('caption', { hasText: 'SU 6431' }) });
  await expect(flight.getByRole('row', { name: /Петрова Анна/ })).toBeVisible();
  await expect(flight.getByText(en.Arrivals.changed)).toHaveCount(0);
  // The board is printed (the button records the moment); the head then changes the time: the row is marked.
  const printed = await page.request.post('/api/admin/arrivals', { headers: { Origin: baseURL, Accept: 'application/json' }, data: { eventId: event.id } });
  expect(printed.status()).toBe(200);
  await page.goto(headPage);
  await travelOf('Петрова Анна')
    .getByText(format('en', en.DelegationPage.travel, { name: 'Петрова Анна' }))
    .click();
  await travelOf('Петрова Анна').getByLabel(tr.fields.arrivalTime, { exact: true }).fill('10:40');
  await travelOf('Петрова Анна').getByRole('button', { name: en.DelegationPage.saveTravel }).click();
  await expect(travelOf('Петрова Анна').getByRole('status')).toHaveText(en.DelegationPage.saved);
  const headReference = (await page.locator('.member-list > li').first().locator('.mono').textContent())!.trim();
  await page.goto(`/en/admin/events/${event.id}/arrivals`);
  await expect(flight.getByRole('row', { name: /Петрова Анна/ })).toContainText(en.Arrivals.changed);
  await expect(flight.getByRole('row', { name: /Петрова Анна/ })).toContainText('10:40');

  // One delegation's badges, from its card: each member's name as text in the PDF.
  await page.goto(`/en/admin/events/${event.id}/delegations`);
  const href = await page.getByRole('link', { name: en.AdminDelegations.badges }).getAttribute('href');
  const pdf = await page.request.get(href!);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const text = await pdfText(await pdf.body());
  for (const name of ['Петрова Анна', '佐藤花子', 'PETROVA ANNA', 'SATO HANAKO', 'Minjun Kim']) expect(text).toContain(name);

  // At the desk: the head is checked in, and the single badge prints from there.
  await page.goto(`/en/admin/check-in?event=${event.id}`);
  await page.getByRole('searchbox', { name: en.Admin.checkIn.search }).fill(headReference);
  await page.getByRole('button', { name: en.Admin.checkIn.checkInReference }).click();
  await expect(page.getByRole('status')).toContainText('Minjun Kim');
  const single = await page.request.get((await page.getByRole('link', { name: en.Arrivals.printBadge }).getAttribute('href'))!);
  expect(single.headers()['content-type']).toBe('application/pdf');
  expect(await pdfText(await single.body())).toContain('Minjun Kim');
});
