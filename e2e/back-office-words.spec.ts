import { expect, registerViaApi, test } from './fixtures';
import { LOCALES } from './locales';
import { format, messages } from './messages';

// Raw data a person should never read in the back office: JSON, UUIDs, English status keys, IANA zones.
const DATA = /\{"|[0-9a-f]{8}-[0-9a-f]{4}-|\b(pending|confirmed|waitlisted)\b|(draft|published|cancelled) →|Asia\/|GMT/;

test("the back office tells a delegate's history in sentences, names as their culture writes them", async ({ adminPage: page, request, newEvent }) => {
  const talks = await newEvent('Words talks', { kind: 'talks', approvalMode: 'organizer' });
  const { reference, status } = await registerViaApi(request, talks.slug, {
    locale: 'zh',
    familyName: '王',
    givenName: '晓明',
    latinFamilyName: 'WANG',
    latinGivenName: 'XIAOMING',
    honorific: 'mr',
    country: 'CN',
    email: `wang.xiaoming.${Date.now()}@example.org`,
  });
  expect(status).toBe('pending');
  const m = messages.zh.Admin;
  await page.goto(`/zh/admin/events/${talks.id}`);
  await page.getByLabel(m.attendees.search).fill(reference);
  await page.getByRole('button', { name: m.attendees.apply }).click();
  await expect(page.getByRole('row').filter({ hasText: reference })).toContainText('王晓明');
  await page.getByRole('link', { name: reference }).click();
  await page.getByRole('button', { name: m.registration.decisions.approve, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('王晓明 · WANG XIAOMING');
  // History: the change of status in words; the e-mail list by kind of e-mail, not by subject.
  await expect(page.locator('main')).toContainText(
    format('zh', m.audit.change, { field: m.audit.fields.status, from: m.statuses.pending, to: m.statuses.confirmed }),
  );
  const emails = page.locator('table').last();
  await expect(emails).toContainText(m.emails.kinds.approved);
  await expect(emails).toContainText(m.emails.kinds.confirmation);
  await expect(page.locator('main')).not.toContainText(DATA);

  for (const locale of LOCALES) {
    await page.goto(`/${locale}/admin/audit`);
    const row = page.getByRole('row').filter({ hasText: reference }).first();
    await expect(row).toContainText(messages[locale].Admin.audit.actions.registration_approve);
    await expect(row).toContainText('王晓明');
    await expect(page.locator('main')).not.toContainText(DATA);
    await page.goto(`/${locale}/admin/emails`);
    // The first column says what kind of e-mail it is, in the reader's language.
    const kinds = await page.locator('main tbody tr td:first-child').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    for (const kind of kinds) expect(Object.values(messages[locale].Admin.emails.kinds)).toContain(kind.trim());
  }
});
