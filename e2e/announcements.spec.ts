import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { registerViaApi, signIn } from './admin';
import { readMailFolder, recipient } from './mailbox';
import { format, messages } from './messages';

const SLUG = 'northeast-asia-belt-and-road-2027';
const m = messages.en.Announcements;

test('an organizer sends a two-language announcement to a visit’s participants; each gets it once, in their language', async ({ page, request }) => {
  await signIn(page, 'organizer@example.org');
  // The seeded conference by its own title: other specs create events whose names also start "Northeast Asia".
  await page.getByRole('link', { name: /Northeast Asia Belt and Road/ }).first().click();
  // The event's visits, from the itinerary form's choices.
  await expect(page.getByRole('heading', { level: 1, name: /Northeast Asia Belt and Road/ })).toBeVisible();
  await expect(page.locator('select[name="visitId"] option')).toHaveCount(3);
  const [visit, other] = (await page.locator('select[name="visitId"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).filter(Boolean);
  expect(visit).toMatch(/^[0-9a-f-]{36}$/);
  const run = randomUUID().slice(0, 8);
  const people = [
    { locale: 'ru', email: `ann-ru-${run}@example.org`, visits: [visit] },
    { locale: 'zh', email: `ann-zh-${run}@example.org`, visits: [visit], familyName: '王', givenName: '芳' },
    { locale: 'ja', email: `ann-ja-${run}@example.org`, visits: [visit], familyName: '山田', givenName: '花子' },
    { locale: 'ru', email: `ann-no-${run}@example.org`, visits: other ? [other] : [] }, // another visit: not in the audience
  ];
  for (const p of people) {
    const { status, ...rest } = await registerViaApi(request, SLUG, { locale: p.locale, email: p.email, visitIds: p.visits, ...(p.familyName ? { familyName: p.familyName, givenName: p.givenName } : {}) });
    expect(status, JSON.stringify(rest)).toBe('confirmed');
  }
  await page.getByRole('link', { name: m.links.announcements }).click();
  await page.getByLabel(m.form.sourceLocale).selectOption('ru');
  await page.getByLabel(m.form.audience).selectOption('visit');
  await page.getByLabel(m.form.visit).selectOption(visit!);
  const ru = page.getByRole('group', { name: m.languages.ru });
  await ru.getByLabel(m.form.subject).fill(`Сбор у гостиницы ${run}`);
  await ru.getByLabel(m.form.body).fill('Автобус отправляется в **8:00**.');
  const zh = page.getByRole('group', { name: m.languages.zh });
  await zh.getByLabel(m.form.subject).fill(`酒店门口集合 ${run}`);
  await zh.getByLabel(m.form.body).fill('大巴 **8:00** 出发。');
  await page.getByRole('button', { name: m.form.save }).click();
  // The draft: a preview per language, and how many will get it (the visit's participants among today's, at least ours).
  await expect(page.getByRole('heading', { level: 3, name: m.languages.ja })).toBeVisible();
  const send = page.getByRole('button', { name: /^Send to \d+ people$/ });
  await expect(send).toBeVisible();
  const count = Number((await send.textContent())!.match(/\d+/)![0]);
  expect(count).toBeGreaterThanOrEqual(3);
  // A double click and a second tab: sent once.
  const second = await page.context().newPage();
  await second.goto(page.url());
  await send.dblclick();
  await expect(page.getByRole('status')).toContainText(format('en', m.progress, { sent: count, total: count, failed: 0 }), { timeout: 60_000 });
  await second.getByRole('button', { name: /^Send to \d+ people$/ }).click();
  await expect(second.getByRole('status').first()).toContainText(m.alreadySent);

  const mails = (await readMailFolder('var/e2e-data')).filter((mail) => recipient(mail).endsWith(`-${run}@example.org`) && mail.headerLines.some((h) => h.key === 'list-unsubscribe'));
  const to = (email: string) => mails.filter((mail) => recipient(mail) === email);
  expect(to(people[0]!.email).map((x) => x.subject)).toEqual([`Сбор у гостиницы ${run}`]);
  expect(to(people[1]!.email).map((x) => x.subject)).toEqual([`酒店门口集合 ${run}`]);
  // Japanese was not written: the Russian original, marked as such in Japanese.
  const ja = to(people[2]!.email);
  expect(ja.map((x) => x.subject)).toEqual([`Сбор у гостиницы ${run}`]);
  expect(ja[0]!.text).toContain('ロシア語の原文');
  expect(to(people[3]!.email)).toHaveLength(0);
});
