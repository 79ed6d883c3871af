import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { baseURL } from '../playwright.config';
import { registerViaApi, signIn } from './admin';
import { readMailFolder, recipient } from './mailbox';
import { format, messages } from './messages';

const SLUG = 'northeast-asia-belt-and-road-2027';
const m = messages.en.Announcements;

test('an organizer sends a two-language announcement to a visit’s participants; each gets it once, in their language', async ({ page, request }) => {
  await signIn(page, 'organizer@example.org');
  // The seeded conference by its own title: other specs create events whose names also start "Northeast Asia".
  await page
    .getByRole('link', { name: /Northeast Asia Belt and Road/ })
    .first()
    .click();
  // The event's visits, from the itinerary form's choices.
  await expect(page.getByRole('heading', { level: 1, name: /Northeast Asia Belt and Road/ })).toBeVisible();
  await expect(page.locator('select[name="visitId"] option')).toHaveCount(3);
  const [visit, other] = (
    await page.locator('select[name="visitId"] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))
  ).filter(Boolean);
  expect(visit).toMatch(/^[0-9a-f-]{36}$/);
  const run = randomUUID().slice(0, 8);
  const people = [
    { locale: 'ru', email: `ann-ru-${run}@example.org`, visits: [visit] },
    { locale: 'zh', email: `ann-zh-${run}@example.org`, visits: [visit], familyName: '王', givenName: '芳' },
    { locale: 'ja', email: `ann-ja-${run}@example.org`, visits: [visit], familyName: '山田', givenName: '花子' },
    { locale: 'ru', email: `ann-no-${run}@example.org`, visits: other ? [other] : [] }, // another visit: not in the audience
  ];
  for (const p of people) {
    const { status, ...rest } = await registerViaApi(request, SLUG, {
      locale: p.locale,
      email: p.email,
      visitIds: p.visits,
      ...(p.familyName ? { familyName: p.familyName, givenName: p.givenName } : {}),
    });
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

  const mails = (await readMailFolder('var/e2e-data')).filter(
    (mail) => recipient(mail).endsWith(`-${run}@example.org`) && mail.headerLines.some((h) => h.key === 'list-unsubscribe'),
  );
  const to = (email: string) => mails.filter((mail) => recipient(mail) === email);
  expect(to(people[0]!.email).map((x) => x.subject)).toEqual([`Сбор у гостиницы ${run}`]);
  expect(to(people[1]!.email).map((x) => x.subject)).toEqual([`酒店门口集合 ${run}`]);
  // Japanese was not written: the Russian original, marked as such in Japanese.
  const ja = to(people[2]!.email);
  expect(ja.map((x) => x.subject)).toEqual([`Сбор у гостиницы ${run}`]);
  expect(ja[0]!.text).toContain('ロシア語の原文');
  expect(to(people[3]!.email)).toHaveLength(0);
});

test('an announcement to one delegation reaches each member once, in their language; a member without an address through the head’s one copy', async ({
  page,
  request,
}) => {
  const run = randomUUID().slice(0, 8);
  const address = (who: string) => `ann-d-${who}-${run}@example.org`;
  const registered = await request.post(`/api/events/${SLUG}/delegations`, {
    headers: { Origin: baseURL, 'X-Forwarded-For': `198.51.100.${Math.floor(Math.random() * 250)}` },
    data: {
      locale: 'zh',
      familyName: '王',
      givenName: '芳',
      latinFamilyName: 'Wang',
      latinGivenName: 'Fang',
      organization: '吉林贸易公司',
      country: 'CN',
      email: address('head'),
      phone: '+86 431 8562 0000',
      delegationType: 'enterprise',
      consent: true,
      idempotencyKey: randomUUID(),
      delegation: {
        name: `Announcement delegation ${run}`,
        organization: '吉林贸易公司',
        country: 'CN',
        members: [
          { familyName: '山田', givenName: '花子', latinFamilyName: 'Yamada', latinGivenName: 'Hanako', locale: 'ja', email: address('ja') },
          { familyName: 'Петрова', givenName: 'Анна', latinFamilyName: 'Petrova', latinGivenName: 'Anna', locale: 'ru', email: address('ru') },
          { familyName: '박', givenName: '서연', latinFamilyName: 'Park', latinGivenName: 'Seoyeon', locale: 'ko' }, // no address: reached through the head
        ],
      },
    },
  });
  expect(registered.status(), await registered.text()).toBe(201);

  await signIn(page, 'organizer@example.org');
  await page
    .getByRole('link', { name: /Northeast Asia Belt and Road/ })
    .first()
    .click();
  await page.getByRole('link', { name: m.links.announcements }).click();
  await page.getByLabel(m.form.sourceLocale).selectOption('en');
  await page.getByLabel(m.form.audience).selectOption('delegation');
  await page.getByLabel(m.form.delegation, { exact: true }).selectOption({ label: `Announcement delegation ${run}` });
  const en = page.getByRole('group', { name: m.languages.en });
  await en.getByLabel(m.form.subject).fill(`Delegation photo ${run}`);
  await en.getByLabel(m.form.body).fill('The group photo is at **17:00**.');
  const ja = page.getByRole('group', { name: m.languages.ja });
  await ja.getByLabel(m.form.subject).fill(`代表団の記念撮影 ${run}`);
  await ja.getByLabel(m.form.body).fill('記念撮影は**17:00**です。');
  await page.getByRole('button', { name: m.form.save }).click();
  // The head, the Japanese and the Russian member: three, not four (the Korean member's copy is the head's).
  await expect(page.locator('dl.facts')).toContainText(`${m.audiences.delegation} · Announcement delegation ${run}`);
  const send = page.getByRole('button', { name: format('en', m.send, { count: 3 }) });
  await expect(send).toBeVisible();
  await send.click();
  await expect(page.getByRole('status')).toContainText(format('en', m.progress, { sent: 3, total: 3, failed: 0 }), { timeout: 60_000 });

  const mails = (await readMailFolder('var/e2e-data')).filter(
    (mail) => recipient(mail).endsWith(`-${run}@example.org`) && mail.headerLines.some((h) => h.key === 'list-unsubscribe'),
  );
  const to = (who: string) => mails.filter((mail) => recipient(mail) === address(who)).map((x) => x.subject);
  expect(to('ja')).toEqual([`代表団の記念撮影 ${run}`]);
  expect(to('ru')).toEqual([`Delegation photo ${run}`]);
  // The head once, though the Korean member is reached through them too; Chinese was not written: the English original.
  expect(to('head')).toEqual([`Delegation photo ${run}`]);
  expect(mails).toHaveLength(3);
});
