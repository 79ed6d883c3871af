import { randomUUID } from 'node:crypto';
import { DATA_DIR } from '../playwright.config';
import { expect, registerDelegation, registerViaApi, test, visitDraft } from './fixtures';
import { readMailFolder, recipient } from './mailbox';
import { format, messages } from './messages';

const m = messages.en.Announcements;

test('an organizer sends a two-language announcement to a visit’s participants; each gets it once, in their language', async ({
  organizerPage: page,
  request,
  newEvent,
}) => {
  // A conference of its own with two visits: the audience is exactly the people below.
  const event = await newEvent('Announced forum', { visits: [visitDraft('13', 'Port visit'), visitDraft('14', 'Railway works')] });
  await page.goto(`/en/admin/events/${event.id}`);
  // The event's visits, from the itinerary form's choices.
  await expect(page.getByRole('heading', { level: 1, name: event.title.en })).toBeVisible();
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
    const { status, ...rest } = await registerViaApi(request, event.slug, {
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
  // The draft: a preview per language, and how many will get it: the visit's three participants, not the fourth.
  await expect(page.getByRole('heading', { level: 3, name: m.languages.ja })).toBeVisible();
  const count = 3;
  const send = page.getByRole('button', { name: format('en', m.send, { count }) });
  await expect(send).toBeVisible();
  // A double click and a second tab: sent once.
  const second = await page.context().newPage();
  await second.goto(page.url());
  await send.dblclick();
  await expect(page.getByRole('status')).toContainText(format('en', m.progress, { sent: count, total: count, failed: 0 }), { timeout: 60_000 });
  await second.getByRole('button', { name: format('en', m.send, { count }) }).click();
  await expect(second.getByRole('status').first()).toContainText(m.alreadySent);

  const mails = (await readMailFolder(DATA_DIR)).filter(
    (mail) => recipient(mail).endsWith(`-${run}@example.org`) && mail.headerLines.some((h) => h.key === 'list-unsubscribe'),
  );
  const to = (email: string) => mails.filter((mail) => recipient(mail) === email);
  expect(to(people[0]!.email).map((x) => x.subject)).toEqual([`Сбор у гостиницы ${run}`]);
  expect(to(people[1]!.email).map((x) => x.subject)).toEqual([`酒店门口集合 ${run}`]);
  // Japanese was not written: the Russian original, marked as such in Japanese.
  const ja = to(people[2]!.email);
  expect(ja.map((x) => x.subject)).toEqual([`Сбор у гостиницы ${run}`]);
  const note = messages.ja.Announcements.email;
  expect(ja[0]!.text).toContain(format('ja', note.fallback, { language: note.languageNames.ru }));
  expect(to(people[3]!.email)).toHaveLength(0);
});

test('an announcement to one delegation reaches each member once, in their language; a member without an address through the head’s one copy', async ({
  organizerPage: page,
  request,
  newEvent,
}) => {
  const event = await newEvent('Announced delegations');
  const run = randomUUID().slice(0, 8);
  const address = (who: string) => `ann-d-${who}-${run}@example.org`;
  await registerDelegation(request, event.slug, {
    name: `Announcement delegation ${run}`,
    head: {
      locale: 'zh',
      familyName: '王',
      givenName: '芳',
      latinFamilyName: 'Wang',
      latinGivenName: 'Fang',
      organization: '吉林贸易公司',
      country: 'CN',
      email: address('head'),
    },
    members: [
      { familyName: '山田', givenName: '花子', latinFamilyName: 'Yamada', latinGivenName: 'Hanako', locale: 'ja', email: address('ja') },
      { familyName: 'Петрова', givenName: 'Анна', latinFamilyName: 'Petrova', latinGivenName: 'Anna', locale: 'ru', email: address('ru') },
      { familyName: '박', givenName: '서연', latinFamilyName: 'Park', latinGivenName: 'Seoyeon', locale: 'ko' }, // no address: reached through the head
    ],
  });
  await page.goto(`/en/admin/events/${event.id}`);
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

  const mails = (await readMailFolder(DATA_DIR)).filter(
    (mail) => recipient(mail).endsWith(`-${run}@example.org`) && mail.headerLines.some((h) => h.key === 'list-unsubscribe'),
  );
  const to = (who: string) => mails.filter((mail) => recipient(mail) === address(who)).map((x) => x.subject);
  expect(to('ja')).toEqual([`代表団の記念撮影 ${run}`]);
  expect(to('ru')).toEqual([`Delegation photo ${run}`]);
  // The head once, though the Korean member is reached through them too; Chinese was not written: the English original.
  expect(to('head')).toEqual([`Delegation photo ${run}`]);
  expect(mails).toHaveLength(3);
});
