import type { APIRequestContext } from '@playwright/test';
import { type EventDraft, expect, type NewEvent, registerViaApi, test } from './fixtures';
import { LOCALES } from './locales';
import { format, messages } from './messages';

type Locale = (typeof LOCALES)[number];
const all = (text: string) => Object.fromEntries(LOCALES.map((l) => [l, `${text} ${l}`]));

type Kind = 'delegation' | 'conference' | 'talks';
/** A trip that needs approval, a one-seat conference or open talks: a programme item and one visit each. */
const truthEvent = (kind: Kind) => ({
  kind,
  capacity: kind === 'conference' ? '1' : '30',
  approvalMode: kind === 'delegation' ? 'organizer' : 'automatic',
  contactName: 'Liu Jiaqi',
  contactPhone: '+86 431 8562 0322',
  contactEmail: 'events@example.org',
  program: [{ startsAt: '2027-10-12T09:30', endsAt: '', title: all('Opening'), speaker: all('Delegation staff'), room: all('Border hall') }],
  visits: [
    {
      visitId: '',
      startsAt: '2027-10-13T09:00',
      endsAt: '2027-10-13T12:00',
      capacity: '10',
      title: all('Port visit'),
      description: {},
      meetingPoint: all('Hotel lobby'),
      transport: {},
      stops: [],
    },
  ],
});
const publishEvent = async (newEvent: (title: string, draft: EventDraft) => Promise<NewEvent>, kind: Kind) => {
  const event = await newEvent(`Truth ${kind}`, truthEvent(kind));
  return { ...event, visitId: event.visitIds[0]! };
};

/** A delegate on the event's visit; the status and the private link reach them by e-mail only (finding 11). */
const register = (request: APIRequestContext, slug: string, locale: Locale, visitId: string) =>
  registerViaApi(request, slug, { locale, familyName: 'Li', givenName: 'Na', latinFamilyName: 'Li', latinGivenName: 'Na', country: 'CN', visitIds: [visitId] });

test('the delegate page says only what is true: pending, confirmed and wait-listed in every language, and a cancelled trip', async ({
  page,
  request,
  newEvent,
  organizer: headers,
}) => {
  test.setTimeout(300_000); // each registration now waits for its e-mail, where the status and link are
  const trip = await publishEvent(newEvent, 'delegation');
  const conference = await publishEvent(newEvent, 'conference');
  const first = await register(request, conference.slug, 'en', conference.visitId);
  expect(first.status).toBe('confirmed');
  const open = await publishEvent(newEvent, 'talks');

  const pendingPages: string[] = [];
  for (const locale of LOCALES) {
    const m = messages[locale].ManagePage;
    const say = (text: string, values: Record<string, string> = {}) => format(locale, text, values);
    const forbidden = [
      say(m.nextStep, { status: 'confirmed', kind: 'delegation' }),
      say(m.nextStep, { status: 'confirmed', kind: 'conference' }),
      say(m.welcomeByStatus, { status: 'confirmed' }),
    ];
    const confirmedSeat = say(m.visitSeat, { status: 'confirmed' });

    const pending = await register(request, trip.slug, locale, trip.visitId);
    expect(pending.status).toBe('pending');
    pendingPages.push(pending.manageUrl);
    await page.goto(`${pending.manageUrl}?welcome=1`);
    await expect(page.getByText(say(m.welcomeByStatus, { status: 'pending' }))).toBeVisible();
    await expect(page.locator('.facts strong').first()).toHaveText(m.statuses.pending);
    await expect(page.getByText(say(m.nextStep, { status: 'pending', kind: 'delegation' }))).toBeVisible();
    await expect(page.locator('.manage-page > ul > li')).toContainText(say(m.visitSeat, { status: 'held' }));
    const text = await page.locator('.manage-page').innerText();
    for (const claim of forbidden) expect(text, `${locale} pending page`).not.toContain(claim);
    await expect(page.locator('.manage-page > ul > li')).not.toContainText(confirmedSeat);

    const waiting = await register(request, conference.slug, locale, conference.visitId);
    expect(waiting.status).toBe('waitlisted');
    await page.goto(`${waiting.manageUrl}?welcome=1`);
    await expect(page.getByText(say(m.welcomeByStatus, { status: 'waitlisted' }))).toBeVisible();
    await expect(page.locator('.facts strong').first()).toHaveText(m.statuses.waitlisted);
    await expect(page.locator('.manage-page > ul > li')).toContainText(say(m.visitSeat, { status: 'waitlisted' }));
    const waitText = await page.locator('.manage-page').innerText();
    for (const claim of forbidden) expect(waitText, `${locale} wait-list page`).not.toContain(claim);
    await expect(page.locator('.manage-page > ul > li')).not.toContainText(confirmedSeat);

    const confirmed = await register(request, open.slug, locale, open.visitId);
    expect(confirmed.status).toBe('confirmed');
    await page.goto(`${confirmed.manageUrl}?welcome=1`);
    await expect(page.getByText(say(m.welcomeByStatus, { status: 'confirmed' }))).toBeVisible();
    await expect(page.locator('.facts strong').first()).toHaveText(m.statuses.confirmed);
    await expect(page.getByText(say(m.nextStep, { status: 'confirmed', kind: 'talks' }))).toBeVisible();
    await expect(page.locator('.manage-page > ul > li')).toContainText(confirmedSeat);

    const event = messages[locale].EventPage;
    await page.goto(`/${locale}/events/${trip.slug}`);
    await expect(page.getByText(say(event.programSpeaker, { kind: 'delegation' }), { exact: false }).first()).toBeVisible();
    await expect(page.getByText(say(event.visitsLeadByKind, { kind: 'delegation' }))).toBeVisible();
  }

  const m = messages.en.ManagePage;
  await page.goto(`${first.manageUrl}?welcome=1`);
  await expect(page.getByText(format('en', m.welcomeByStatus, { status: 'confirmed' }))).toBeVisible();
  await expect(page.getByText(format('en', m.nextStep, { status: 'confirmed', kind: 'conference' }))).toBeVisible();
  await expect(page.locator('.manage-page > ul > li')).toContainText(format('en', m.visitSeat, { status: 'confirmed' }));

  // The organizers call the trip off: its delegates' pages and the public page say so, and the banner's claim is true.
  expect((await request.post('/api/admin/events/status', { headers, data: { id: trip.id, action: 'cancel' } })).status()).toBe(200);
  for (const [i, locale] of LOCALES.entries()) {
    const mm = messages[locale].ManagePage;
    await page.goto(pendingPages[i]!);
    await expect(page.locator('.banner-cancelled')).toHaveText(format(locale, mm.eventCancelled, { kind: 'delegation' }));
    await expect(page.locator('.facts strong').first()).toHaveText(format(locale, mm.statusEventCancelled, { kind: 'delegation' }));
    await page.goto(`/${locale}/events/${trip.slug}`);
    await expect(page.locator('.banner-cancelled')).toHaveText(format(locale, messages[locale].EventPage.cancelledNotified, { kind: 'delegation' }));
  }
});

test('an organizer cancels a booked visit on purpose, and its delegate is told and no longer listed on it', async ({
  organizerPage: page,
  request,
  newEvent,
}) => {
  const trip = await publishEvent(newEvent, 'delegation');
  const delegate = await register(request, trip.slug, 'ru', trip.visitId);
  const m = messages.en.EventEditor;

  await page.goto(`/en/admin/events/${trip.id}/edit`);
  await expect(page.getByText(format('en', m.visits.delegatesNotified, { count: 1 }))).toBeVisible();
  await expect(page.getByRole('button', { name: format('en', m.visits.remove, { number: 1 }) })).toHaveCount(0);
  page.once('dialog', (dialog) => dialog.accept());
  await page.getByRole('button', { name: format('en', m.visits.cancel, { number: 1 }) }).click();
  await page.getByRole('button', { name: m.save, exact: true }).click();
  await expect(page.getByText(format('en', m.outcome.visitsCancelled, { count: 1 }))).toBeVisible();

  await page.goto(delegate.manageUrl);
  await expect(page.getByText(messages.ru.ManagePage.noVisits)).toBeVisible();
});
