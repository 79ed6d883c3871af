import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { APIRequestContext } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { baseURL } from '../playwright.config';
import { clientAddress, delegate, expect, test } from './fixtures';
import { LOCALES } from './locales';
import { confirmationFor } from './mailbox';
import { format, messages } from './messages';

type Locale = (typeof LOCALES)[number];
const q = messages.en.Questions.editor;
const label: Record<Locale, string> = { zh: '贵单位所属行业', en: 'Your sector', ko: '소속 업종', ja: '所属業種', ru: 'Ваша отрасль' };
const autos: Record<Locale, string> = { zh: '汽车及零部件', en: 'Automotive', ko: '자동차 및 부품', ja: '自動車・部品', ru: 'Автомобили' };
const food: Record<Locale, string> = { zh: '现代农业与食品', en: 'Agriculture and food', ko: '농업 및 식품', ja: '農業・食品', ru: 'Сельское хозяйство' };

const register = (request: APIRequestContext, slug: string, extra: Record<string, unknown>) =>
  request.post(`/api/events/${slug}/registrations`, {
    headers: { Origin: baseURL, 'X-Forwarded-For': clientAddress() },
    data: delegate({ locale: 'en', latinFamilyName: 'Test', latinGivenName: 'Delegate', organization: 'Jilin Trade Co.', country: 'CN', ...extra }),
  });

test('a required choice question, written in five languages, is asked in each language, refused when unanswered, and shows in the export and chart', async ({
  organizerPage: page,
  newEvent,
}) => {
  // A conference of its own, so other specs' forms are untouched.
  const event = await newEvent('Questions');
  await page.goto(`/en/admin/events/${event.id}/edit`);
  await page.getByRole('checkbox', { name: q.asksTravel }).check();
  await page.getByRole('button', { name: q.add }).click();
  const question = page.getByRole('group', { name: q.item.replace('{number}', '1') });
  for (const l of LOCALES) await question.getByRole('group', { name: q.label, exact: true }).locator(`input[lang]`).nth(LOCALES.indexOf(l)).fill(label[l]);
  await question.getByRole('checkbox', { name: q.required, exact: true }).check();
  for (const [n, text] of [
    [1, autos],
    [2, food],
  ] as const) {
    await question.getByRole('button', { name: q.addOption }).click();
    const option = question.getByRole('group', { name: q.option.replace('{number}', String(n)) });
    for (const l of LOCALES) await option.locator('input[lang]').nth(LOCALES.indexOf(l)).fill(text[l]);
  }
  await page.getByRole('button', { name: q.save }).click();
  await expect(page.getByText(q.outcome.saved)).toBeVisible();

  for (const l of LOCALES) {
    const f = messages[l].RegistrationForm;
    await page.goto(`/${l}/events/${event.slug}/register`);
    const group = page.getByRole('group', { name: new RegExp(label[l]) });
    await expect(group.getByRole('radio', { name: autos[l] })).toBeVisible();
    await expect(group.getByRole('radio', { name: food[l] })).toBeVisible();
    await page.getByRole('button', { name: f.submit }).click();
    // Refused before sending: the question is named in the error summary and marked beside the choices.
    await expect(page.getByRole('alert').getByRole('link', { name: new RegExp(label[l]) })).toBeVisible();
    await expect(group).toContainText(messages[l].Questions.errors.choose);
  }

  // The server refuses it too, in case the browser's check is skipped.
  const refused = await register(page.request, event.slug, { familyName: '李', givenName: '明' });
  expect(refused.status()).toBe(400);
  expect(Object.values((await refused.json()).fields)).toContain('choose');

  // A delegate answers in English through the form.
  const f = messages.en.RegistrationForm;
  await page.goto(`/en/events/${event.slug}/register`);
  await page.locator('#givenName').fill('Anna');
  await page.locator('#familyName').fill('Schmidt');
  await page.locator('#latinGivenName').fill('Anna');
  await page.locator('#latinFamilyName').fill('Schmidt');
  await page.locator('#organization').fill('Hamburg Logistics GmbH');
  await page.locator('#country').selectOption('DE');
  const email = `anna-${randomUUID()}@example.org`;
  await page.locator('#email').fill(email);
  await page.locator('#phone').fill('+49 40 1234 5678');
  await page.locator('#delegationType').selectOption('enterprise');
  await page
    .getByRole('group', { name: new RegExp(label.en) })
    .getByRole('radio', { name: food.en })
    .check();
  await page.locator('#consent').check();
  await page.getByRole('button', { name: f.submit }).click();
  // The screen says to look in the inbox (finding 11); the private page, opened from the e-mail, keeps the answer.
  await expect(page.getByRole('heading', { name: messages.en.RegistrationReceived.title })).toBeVisible();
  await page.goto((await confirmationFor(email, 'en')).manageUrl);
  await expect(page.getByRole('group', { name: new RegExp(label.en) }).getByRole('radio', { name: food.en })).toBeChecked();

  // The organizer's export has one column for the question, in the organizer's language, with the answer.
  await page.goto(`/en/admin/events/${event.id}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: messages.en.Admin.attendees.exportXlsx }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(await download.createReadStream());
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as string[]).map(String);
  const column = header.indexOf(label.en);
  expect(column).toBeGreaterThan(0);
  expect(String(sheet.getRow(2).getCell(column).value)).toBe(food.en);
  // And a chart of its own on the dashboard, with its figures as a table.
  const chart = page.getByRole('figure', { name: label.en });
  await expect(chart).toBeVisible();
  await expect(chart.locator('tr', { hasText: food.en }).locator('td')).toHaveText('1');
  // The attendee list filters by the answer.
  await page.getByLabel(messages.en.Questions.filter).selectOption({ label: `${label.en}: ${autos.en}` });
  await page.getByRole('button', { name: messages.en.Admin.attendees.apply }).click();
  await expect(page.locator('#list')).toContainText('(0)');
});

test('the arrivals board groups two flights on one day, with the pickups', async ({ organizerPage: page, newEvent, organizer: headers }) => {
  // Its own conference, asking for travel details (the question editor's walk is the test above).
  const event = await newEvent('Arrivals');
  const asked = await page.request.post('/api/admin/events/questions', { headers, data: { eventId: event.id, asksTravel: true, questions: [] } });
  expect(asked.status(), await asked.text()).toBe(200);
  const travel = (n: number, flight: string, time: string) => ({
    arrivalDate: '2027-10-11',
    arrivalTime: time,
    arrivalCarrier: flight,
    arrivalPlace: 'Changchun Longjia (CGQ)',
    pickup: n !== 3,
    departureDate: '2027-10-15',
    departureTime: '',
    departureCarrier: '',
    departurePlace: '',
    room: 'single',
    nights: 4,
  });
  for (const [n, flight, time, ...family] of [
    [1, 'CA1611', '09:10', '王', '明'],
    [2, 'KE817', '15:40', '김', '민준'],
    [3, 'KE817', '15:40', 'Петрова', 'Анна'],
  ] as const) {
    const response = await register(page.request, event.slug, {
      familyName: family[0],
      givenName: family[1],
      latinFamilyName: `Arrival${'ABC'[n - 1]}`,
      travel: travel(n, flight, time),
      locale: n === 2 ? 'ko' : n === 3 ? 'ru' : 'zh',
    });
    expect(response.status(), await response.text()).toBe(201);
  }
  await page.goto(`/en/admin/events/${event.id}/arrivals`);
  const a = messages.en.Arrivals;
  await expect(page.getByRole('table')).toHaveCount(2);
  await expect(
    page
      .getByRole('table')
      .filter({ has: page.locator('caption', { hasText: 'CA1611' }) })
      .getByRole('row'),
  ).toHaveCount(2);
  await expect(
    page
      .getByRole('table')
      .filter({ has: page.locator('caption', { hasText: 'KE817' }) })
      .locator('caption'),
  ).toContainText(format('en', a.group, { carrier: 'KE817', time: '15:40', place: 'Changchun Longjia (CGQ)', count: 2, pickups: 1 }).split(': ')[1]!);
  await expect(page.getByText(format('en', a.dayTotals, { people: 3, pickups: 2, single: 12, shared: 0 }))).toBeVisible();

  // Badges for the day's arrivals: three scripts, each name as text in the PDF, with the passport name.
  const pdf = await page.request.get(`/api/admin/badges?event=${event.id}&lang=en&layout=a4x8&arrival=2027-10-11`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(await pdf.body())), { mergePages: true });
  for (const name of ['王明', '김민준', 'Петрова Анна', 'ARRIVALA DELEGATE', 'ARRIVALC DELEGATE']) expect(text).toContain(name);
});
