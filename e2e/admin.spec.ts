import ExcelJS from 'exceljs';
import { demo, expect, registerViaApi, signIn, test } from './fixtures';
import { messages } from './messages';

const m = messages.en.Admin;

test('an organizer approves a pending delegate and the approval e-mail is queued', async ({ organizerPage: page, request, newEvent }) => {
  const event = await newEvent('Approval talks', { kind: 'talks', approvalMode: 'organizer' });
  const { reference, status } = await registerViaApi(request, event.slug);
  expect(status).toBe('pending');
  await page.goto(`/en/admin/events/${event.id}`);
  await page.getByLabel(m.attendees.search).fill(reference);
  await page.getByRole('button', { name: m.attendees.apply }).click();
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('button', { name: m.registration.decisions.approve, exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(m.attendees.results.ok);
  await expect(page.locator('.status-pill')).toHaveText(m.statuses.confirmed);
  // The delegate's e-mails: the first confirmation and now the approval, queued in the same transaction.
  await expect(page.locator('table').last().locator('tbody tr')).toHaveCount(2);
});

test('door staff check a delegate in by reference; a second check-in says when the first was', async ({ page, request, newEvent }) => {
  const event = await newEvent('Check-in forum');
  const { reference } = await registerViaApi(request, event.slug);
  await signIn(page, demo('checkin'));
  await expect(page.getByRole('heading', { level: 1, name: m.checkIn.title })).toBeVisible();
  await page.getByLabel(m.checkIn.event).selectOption(event.id);
  await page.getByRole('button', { name: m.checkIn.choose }).click();
  await expect(page).toHaveURL(new RegExp(`event=${event.id}`));
  await page.getByLabel(m.checkIn.search).fill(reference.toLowerCase().replace('-', ''));
  await page.getByRole('button', { name: m.checkIn.checkInReference }).click();
  await expect(page.getByRole('status')).toContainText('PARK SEOYEON');
  await expect(page.getByRole('status')).toHaveClass(/banner-success/);
  await page.getByRole('button', { name: m.checkIn.checkInReference }).click();
  // The whole sentence up to the time: the name and "was already checked in", not one word of it.
  await expect(page.getByRole('status')).toContainText(m.checkIn.already.split('{time}')[0]!.replace('{name}', '박서연 (PARK SEOYEON)'));
  // Check-in staff may not open the attendee lists.
  await page.goto('/en/admin');
  await expect(page.getByRole('heading', { level: 1, name: m.forbidden.title })).toBeVisible();
});

test('exports keep names in every script intact (CSV with BOM, XLSX)', async ({ adminPage: page, request, newEvent }) => {
  // A trip of its own in Vladivostok's zone, needing the organizers' approval.
  const trip = await newEvent('Export trip', { kind: 'delegation', approvalMode: 'organizer', timeZone: 'Asia/Vladivostok' });
  await registerViaApi(request, trip.slug, {
    locale: 'ru',
    familyName: 'Иванова',
    givenName: 'Анна',
    latinFamilyName: 'Ivanova',
    latinGivenName: 'Anna',
    country: 'RU',
  });
  await registerViaApi(request, trip.slug, {
    locale: 'ja',
    familyName: '山田',
    givenName: '花子',
    latinFamilyName: 'Yamada',
    latinGivenName: 'Hanako',
    country: 'JP',
  });
  await registerViaApi(request, trip.slug, {
    locale: 'zh',
    familyName: '王',
    givenName: '芳',
    latinFamilyName: 'Wang',
    latinGivenName: 'Fang',
    country: 'CN',
  });
  await page.goto(`/en/admin/events/${trip.id}`);
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: m.attendees.exportCsv }).click()]);
  const csv = await csvDownload.createReadStream().then(async (s) => Buffer.concat(await s.toArray()));
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = csv.toString('utf8');
  for (const name of ['Иванова', '山田', '花子', '王', '芳']) expect(text).toContain(name);
  expect(text).not.toContain(m.export.columns.passportNumber);
  const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: m.attendees.exportXlsx }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(await xlsxDownload.createReadStream());
  const values = workbook.worksheets[0]!.getSheetValues().flat().map(String).join(' ');
  for (const name of ['Иванова', '山田', '王']) expect(values).toContain(name);
  // Office staff read words and local times (U13): the phone as typed, no visible apostrophe; the CSV stays formula-safe.
  const sheet = workbook.worksheets[0]!;
  // ExcelJS rows are 1-based: index 0 is an empty slot, kept so that indexOf gives the column number.
  const header = Array.from(sheet.getRow(1).values as unknown[], (v) => String(v ?? ''));
  let row = sheet.getRow(2);
  sheet.eachRow((r) => {
    if ((r.values as unknown[]).includes('Иванова')) row = r;
  });
  const cell = (column: string) => String(row.getCell(header.indexOf(column)).value);
  expect(cell(m.export.columns.phone)).toBe('+82 51 990 7000');
  expect(cell(m.export.columns.status)).toBe(m.statuses.pending); // the trip needs the organizers' approval
  expect(cell(m.export.columns.country)).toBe('Russia');
  expect(header.find((h) => h.startsWith(m.export.columns.registeredAt))).toMatch(/Vladivostok/);
  expect(cell(header.find((h) => h.startsWith(m.export.columns.registeredAt))!)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  expect(text).toContain("'+82 51 990 7000");
});
