import { expect, test } from './fixtures';
import { format, messages } from './messages';

test('an event only in Chinese says so on the Korean page, marks its text zh-Hans, and shows a cancellation at the top', async ({
  page,
  request,
  newEvent,
  organizer: headers,
}) => {
  const { id, slug } = await newEvent('zh only', {
    kind: 'forum',
    endsAt: '2027-10-12T17:00',
    capacity: '80',
    registrationOpensAt: '2026-11-01T00:00',
    sourceLocale: 'zh',
    translations: {
      zh: {
        title: '图们江区域合作论坛',
        summary: '聚焦图们江区域物流与贸易合作。',
        body: '',
        city: '珲春',
        venueName: '珲春国际会展中心',
        venueAddress: '',
        coHosts: '',
      },
      en: {},
      ko: {},
      ja: {},
      ru: {},
    },
  });

  await page.goto(`/ko/events/${slug}`);
  await expect(page.getByText(messages.ko.EventPage.notTranslated)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'zh-Hans');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('图们江区域合作论坛');

  expect((await request.post('/api/admin/events/status', { headers, data: { id, action: 'cancel' } })).status()).toBe(200);
  await page.goto(`/en/events/${slug}`);
  await expect(page.locator('.banner-cancelled')).toHaveText(format('en', messages.en.EventPage.cancelledNotified, { kind: 'forum' }));
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(data.eventStatus).toBe('https://schema.org/EventCancelled');
  await page.goto('/en/events');
  await expect(page.locator('.card-cancelled').filter({ hasText: '图们江' })).toBeVisible();
});

test('a stale "back to draft" on an event cancelled meanwhile says why, in Korean (it came back with no word)', async ({
  organizerPage: page,
  request,
  newEvent,
  organizer: headers,
}) => {
  const { id } = await newEvent('stale tab');
  const ko = messages.ko.EventEditor.status;
  await page.goto(`/ko/admin/events/${id}/edit`);
  const unpublish = page.getByRole('button', { name: ko.unpublish });
  await expect(unpublish).toBeVisible();
  // Someone cancels the event in another tab while this page stays open.
  expect((await request.post('/api/admin/events/status', { headers, data: { id, action: 'cancel' } })).status()).toBe(200);
  await unpublish.click();
  const panel = page.getByRole('region', { name: ko.heading });
  await expect(panel.getByRole('alert')).toHaveText(ko.cancelledIsFinal);
  await expect(panel.getByText(ko.statuses.cancelled, { exact: true })).toBeVisible();
  await expect(panel.getByRole('button', { name: ko.unpublish })).toHaveCount(0);
});
