import { randomUUID } from 'node:crypto';
import QRCode from 'qrcode';
import { baseURL, DATA_DIR } from '../playwright.config';
import { expect, registerViaApi, test } from './fixtures';
import { readMailFolder } from './mailbox';
import { messages } from './messages';
import { pdfQrCodes, pdfText } from './pdf';

/** The issued letter as it arrived: the PDF attached to the e-mail whose attachment names the letter's reference. */
async function letterFromMailbox(reference: string) {
  for (const mail of await readMailFolder(DATA_DIR)) {
    const pdf = mail.attachments.find((a) => a.contentType === 'application/pdf' && a.filename?.includes(reference));
    if (pdf) return { mail, pdf: new Uint8Array(pdf.content) };
  }
  return null;
}

test('a delegate asks for a visa letter, an organizer issues it, the PDF arrives by e-mail, its QR verifies, revoking shows', async ({
  adminPage: page,
  request,
}) => {
  test.setTimeout(300_000); // a generous deadline: issuing renders and subsets fonts on a loaded machine
  const ko = messages.ko;
  const en = messages.en.VisaLetter;
  const suffix = Array.from({ length: 6 }, () => String.fromCharCode(65 + Math.floor(Math.random() * 26))).join('');
  // The private link comes by e-mail only (finding 11).
  const { manageUrl } = await registerViaApi(request, 'northeast-asia-belt-and-road-2027', {
    latinGivenName: `Seoyeon ${suffix}`,
    email: `visa-${randomUUID()}@example.org`,
  });

  // The delegate asks from their private page, in Korean.
  await page.goto(manageUrl);
  const f = ko.RegistrationForm.fields;
  await page.getByLabel(f.passportNumber).fill('M12345678');
  await page.getByLabel(f.nationality).selectOption('KR');
  await page.getByLabel(f.dateOfBirth).fill('1984-07-21');
  await page.getByLabel(f.entryDate).fill('2027-05-17');
  await page.getByLabel(f.exitDate).fill('2027-05-24');
  await page.getByLabel(f.consulate).fill('주부산 중국 총영사관');
  await page.getByLabel(f.visaConsent).check();
  await page.getByRole('button', { name: ko.VisaLetter.page.request }).click();
  await expect(page.getByText(ko.VisaLetter.page.requested)).toBeVisible();

  // An administrator uploads the signature and seal once, then approves the request from the queue.
  await page.goto('/en/admin/letters/settings');
  const png = await QRCode.toBuffer('seal', { scale: 4 }); // any real PNG stands in for the scanned images
  await page.getByLabel(en.admin.settings.signatoryName).fill('Wang Wei');
  await page.getByLabel(en.admin.settings.signature).setInputFiles({ name: 'signature.png', mimeType: 'image/png', buffer: png });
  await page.getByLabel(en.admin.settings.seal).setInputFiles({ name: 'seal.png', mimeType: 'image/png', buffer: png });
  await page.getByRole('button', { name: en.admin.settings.save }).click();
  await expect(page.getByRole('status')).toHaveText(en.admin.results.ok);

  await page.goto('/en/admin/letters?status=requested');
  await page
    .getByRole('row', { name: new RegExp(suffix) })
    .getByRole('link')
    .click();
  await page.getByRole('button', { name: en.admin.issue }).click();
  await expect(page.getByRole('status')).toHaveText(en.admin.results.ok);
  const reference = (await page.getByRole('heading', { level: 1 }).textContent())!.match(/JL-\d{4}-[A-Z0-9]{8}/)![0];

  // The e-mail goes out once, with the PDF: Chinese, English and Korean text, the Latin name, the reference.
  await expect.poll(async () => Boolean(await letterFromMailbox(reference)), { timeout: 60_000 }).toBe(true);
  const { mail, pdf } = (await letterFromMailbox(reference))!;
  expect(mail.subject).toContain(reference);
  const text = await pdfText(pdf);
  for (const expected of ['签证邀请函', 'VISA INVITATION LETTER', '비자 초청장', `PARK SEOYEON ${suffix}`, reference, 'M12345678']) {
    expect(text).toContain(expected);
  }
  expect(text).toMatch(/\p{Script=Han}/u);
  expect(text).toMatch(/\p{Script=Latin}/u);

  // The delegate can download the same letter from the private page.
  const token = manageUrl.split('/').at(-1)!;
  const download = await request.get(`/api/registration/letter?token=${token}`, { headers: { 'X-Forwarded-For': '198.51.100.251' } });
  expect(download.headers()['content-type']).toBe('application/pdf');
  expect(await pdfText(new Uint8Array(await download.body()))).toContain(reference);

  // Its QR code opens the public page, which says valid, with initials and nationality and no passport number.
  const [url] = await pdfQrCodes(pdf);
  expect(url).toMatch(new RegExp(`^${baseURL}/zh/letters/`));
  await page.goto(url!);
  await expect(page.locator('.letter-state')).toHaveText(messages.zh.VisaLetter.verify.valid);
  await expect(page.getByText(reference)).toBeVisible();
  await expect(page.locator('main')).not.toContainText('M12345678');

  // Revoked in the back office: the same code now says revoked.
  await page.goBack();
  await page.goto('/en/admin/letters?status=issued');
  await page
    .getByRole('row', { name: new RegExp(suffix) })
    .getByRole('link')
    .click();
  await page.getByLabel(en.admin.reason).fill('Registration withdrawn by the sending organization');
  await page.getByRole('button', { name: en.admin.revoke }).click();
  await expect(page.getByRole('status')).toHaveText(en.admin.results.ok);
  await page.goto(url!);
  await expect(page.locator('.letter-state')).toHaveText(messages.zh.VisaLetter.verify.revoked);
});
