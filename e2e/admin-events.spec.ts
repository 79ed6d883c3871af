import { expect, test } from './fixtures';
import { localeNames } from '../i18n/routing';
import { LOCALES } from './locales';
import { escapeRegExp, messages } from './messages';

const m = messages.en.EventEditor;
// A field's label, then at most the required mark and note: "Venue" must not find "Venue address".
const label = (text: string) => new RegExp(`^${escapeRegExp(text)}(\\s*\\*)?(\\s*\\(|$)`);

const TEXT = {
  zh: {
    title: '东北亚经贸合作论坛',
    summary: '聚焦区域贸易与投资合作。',
    city: '长春',
    venue: '长春国际会展中心',
    visit: '轨道客车厂参观',
    meet: '酒店大堂',
    place: '总装车间',
    item: '开幕式',
  },
  en: {
    title: 'Northeast Asia Trade Forum',
    summary: 'Regional trade and investment cooperation.',
    city: 'Changchun',
    venue: 'Changchun International Convention Center',
    visit: 'Railway vehicle works',
    meet: 'Hotel lobby',
    place: 'Assembly hall',
    item: 'Opening ceremony',
  },
  ko: {
    title: '동북아 경제무역 협력 포럼',
    summary: '지역 무역·투자 협력을 다룹니다.',
    city: '창춘',
    venue: '창춘 국제컨벤션센터',
    visit: '철도차량 공장 견학',
    meet: '호텔 로비',
    place: '조립 공장',
    item: '개막식',
  },
  ja: {
    title: '北東アジア経済貿易協力フォーラム',
    summary: '地域の貿易と投資協力を取り上げます。',
    city: '長春',
    venue: '長春国際会議展示センター',
    visit: '鉄道車両工場の視察',
    meet: 'ホテルのロビー',
    place: '組立工場',
    item: '開会式',
  },
  ru: {
    title: 'Форум торгово-экономического сотрудничества Северо-Восточной Азии',
    summary: 'Региональное торговое и инвестиционное сотрудничество.',
    city: 'Чанчунь',
    venue: 'Чанчуньский международный выставочный центр',
    visit: 'Посещение вагоностроительного завода',
    meet: 'Холл гостиницы',
    place: 'Сборочный цех',
    item: 'Церемония открытия',
  },
} as const;

test('an organizer creates an event in five languages, publishes it, and the public reads it in Japanese', async ({ adminPage: page }) => {
  await page.goto('/en/admin/events/new');
  await expect(page.getByRole('heading', { level: 1, name: m.titleNew })).toBeVisible();

  // Saving an empty form: a summary of what to correct, and the field marked.
  await page.getByRole('button', { name: m.create }).click();
  await expect(page.locator('.form-messages [role=alert]')).toContainText(m.fields.slug);
  await expect(page.getByLabel(label(m.fields.slug))).toHaveAttribute('aria-invalid', 'true');

  const slug = `e2e-forum-${Date.now()}`;
  await page.getByLabel(label(m.fields.slug)).fill(slug);
  await page.getByLabel(label(m.fields.kind)).selectOption('forum');
  await page.getByLabel(label(m.fields.timeZone)).selectOption('Asia/Tokyo');
  await page.getByLabel(label(m.fields.startsAt)).first().fill('2031-09-14T09:00');
  await page.getByLabel(label(m.fields.endsAt)).first().fill('2031-09-15T17:00');
  await page.getByLabel(label(m.fields.capacity)).fill('120');

  const tabs = page.getByRole('tablist', { name: m.languages.label });
  // Arrow keys move between languages.
  await tabs.getByRole('tab', { name: new RegExp(localeNames.en) }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: new RegExp(localeNames.ko) })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: new RegExp(localeNames.ko) })).toBeFocused();

  for (const [index, locale] of LOCALES.entries()) {
    const text = TEXT[locale];
    const tab = tabs.getByRole('tab', { name: new RegExp(localeNames[locale]) });
    await tab.click();
    const panel = page.getByRole('tabpanel');
    const texts = panel.getByRole('group', { name: m.sections.texts });
    await texts.getByLabel(label(m.fields.title)).fill(text.title);
    await texts.getByLabel(label(m.fields.summary)).fill(text.summary);
    await texts.getByLabel(label(m.fields.city)).fill(text.city);
    await texts.getByLabel(label(m.fields.venueName)).fill(text.venue);
    if (index === 0) {
      await panel.getByRole('button', { name: m.program.add }).click();
      await panel.getByRole('button', { name: m.visits.add }).click();
      await panel.getByRole('button', { name: m.visits.addStop }).click();
    }
    const item = panel.getByRole('group', { name: m.program.item.replace('{number}', '1') });
    if (index === 0) await item.getByLabel(label(m.program.startsAt)).fill('2031-09-14T09:30');
    await item.getByLabel(label(m.program.title)).fill(text.item);
    const visit = panel.getByRole('group', { name: m.visits.item.replace('{number}', '1') });
    if (index === 0) {
      await visit.getByLabel(label(m.visits.startsAt)).first().fill('2031-09-15T13:00');
      await visit.getByLabel(label(m.visits.endsAt)).first().fill('2031-09-15T16:00');
      await visit.getByLabel(label(m.visits.at)).fill('2031-09-15T13:30');
    }
    await visit.getByLabel(label(m.visits.title)).fill(text.visit);
    await visit.getByLabel(label(m.visits.meetingPoint)).fill(text.meet);
    await visit.getByLabel(label(m.visits.place)).fill(text.place);
    await expect(tab).toContainText(m.completeness.complete);
  }

  await page.getByRole('button', { name: m.create }).click();
  await expect(page).toHaveURL(/\/en\/admin\/events\/[0-9a-f-]{36}\/edit\?created=1$/);
  await expect(page.getByText(m.outcome.created)).toBeVisible();
  await expect(page.getByText(m.status.statuses.draft)).toBeVisible();

  await page.getByRole('button', { name: m.status.publish, exact: true }).click();
  await expect(page.getByText(m.status.done.publish)).toBeVisible();

  await page.goto(`/ja/events/${slug}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1, name: TEXT.ja.title })).toBeVisible();
  await expect(page.getByText(TEXT.ja.visit).first()).toBeVisible();
  await expect(page.getByText(messages.ja.EventPage.notTranslated)).toHaveCount(0);
});
