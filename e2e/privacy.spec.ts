import fs from 'node:fs';
import path from 'node:path';
import { DATA_DIR, SERVER_LOG } from '../playwright.config';
import { expect, registerViaApi, test } from './fixtures';
import { messages } from './messages';

function filesBelow(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

test('a passport number never appears in plaintext: database files, mail folder, server log, default export', async ({
  adminPage: page,
  request,
  newEvent,
}) => {
  const trip = await newEvent('Privacy trip', { kind: 'delegation', approvalMode: 'organizer' });
  const passport = `PZ${Date.now().toString().slice(-7)}`;
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
  expect(reference).toBeTruthy();
  // Wait until the worker has sent the confirmation (a file in the mail folder names the reference).
  await expect
    .poll(
      () =>
        fs.existsSync(path.join(DATA_DIR, 'mail')) &&
        filesBelow(path.join(DATA_DIR, 'mail')).some((f) => fs.readFileSync(f, 'latin1').includes(reference) || fs.readFileSync(f, 'utf8').includes(reference)),
      { timeout: 60_000 },
    )
    .toBe(true);

  await page.goto(`/en/admin/events/${trip.id}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: messages.en.Admin.attendees.exportCsv }).click()]);
  const csv = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  expect(csv).toContain(reference);
  // An administrator looks at it once (audited): that path must not leave it anywhere either.
  await page.goto(`${page.url()}?q=${reference}`);
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('button', { name: messages.en.Admin.registration.reveal }).click();
  await expect(page.getByText(passport)).toBeVisible();

  expect(fs.readFileSync(SERVER_LOG, 'utf8')).toContain('mail: '); // the log is really the server's
  const needle = Buffer.from(passport);
  const hits = [...filesBelow(DATA_DIR), SERVER_LOG].filter((file) => fs.readFileSync(file).includes(needle));
  expect(hits).toEqual([]);
  expect(csv).not.toContain(passport);
});
