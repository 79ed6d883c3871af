import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
// The trip with the longest titles, whose visit filter overflowed in Russian (R43): this spec's own event copies its words.
import { event as trip } from '@/db/seed/events/upcoming-jilin-delegation-vladivostok-2027';
import { type EventDraft, expect, registerViaApi, test } from './fixtures';
import { LOCALES } from './locales';

const WIDTHS = [390, 1280];

/** The editor's payload for a trip with the seeded trip's words (titles, venue, co-hosts, visits) and dates of its own. */
const longestTrip = (): EventDraft => {
  const local = (iso: string) => iso.slice(0, 16);
  return {
    kind: 'delegation',
    approvalMode: 'organizer',
    timeZone: trip.timeZone,
    startsAt: '2027-10-12T09:00',
    endsAt: '2027-10-16T15:00',
    contactName: trip.contact!.name,
    contactPhone: trip.contact!.phone,
    contactEmail: trip.contact!.email,
    translations: Object.fromEntries(
      LOCALES.map((l) => {
        const t = trip.translations[l];
        return [
          l,
          { title: t.title, summary: t.summary, body: '', city: t.city, venueName: t.venueName, venueAddress: t.venueAddress, coHosts: t.coHosts.join('\n') },
        ];
      }),
    ),
    visits: trip.visits.map((v, n) => ({
      visitId: '',
      startsAt: `2027-10-${13 + n}T${local(v.startsAt).slice(11)}`,
      endsAt: `2027-10-${13 + n}T${local(v.endsAt).slice(11)}`,
      capacity: String(v.capacity),
      title: v.title,
      description: v.description,
      meetingPoint: v.meetingPoint,
      transport: v.transport,
      stops: [],
    })),
  };
};

/** The page is no wider than the window, and no table cell with words in it is squeezed to a few letters. */
async function expectFits(page: Page, what: string) {
  const { scrollWidth, innerWidth, squeezed } = await page.evaluate(() => {
    // The words a sighted reader sees in a cell (labels for screen readers only do not take room).
    const visible = (cell: Element) => {
      const clone = cell.cloneNode(true) as Element;
      clone.querySelectorAll('.sr-only').forEach((e) => e.remove());
      return (clone.textContent ?? '').trim();
    };
    const cells = [...document.querySelectorAll('main th, main td')].filter((cell) => visible(cell).length >= 4);
    // Squeezed: narrower than its text on one line and than about four letters' width (so a title may wrap, but not letter by letter).
    const squeezedCells = cells
      .filter((cell) => {
        const style = getComputedStyle(cell);
        const probe = document.createElement('span');
        probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
        probe.textContent = visible(cell);
        cell.appendChild(probe);
        const natural = probe.offsetWidth;
        probe.remove();
        const content = (cell as HTMLElement).clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return content + 1 < Math.min(natural, 3.5 * parseFloat(style.fontSize));
      })
      .map((cell) => (cell.textContent ?? '').trim().slice(0, 30));
    // A short value ("2/2", "12", "✓") never wraps onto a second line.
    const wrapped = [...document.querySelectorAll('main th, main td')]
      .filter((cell) => {
        const text = visible(cell);
        if (text.length === 0 || text.length > 6) return false;
        // Lines of text, not boxes: a button's box and its label start at different heights on one line.
        const range = document.createRange();
        const rects: DOMRect[] = [];
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          range.selectNodeContents(node);
          rects.push(...[...range.getClientRects()].filter((r) => r.width > 0));
        }
        const bottom = Math.min(...rects.map((r) => r.bottom));
        return rects.some((r) => r.top >= bottom - 1);
      })
      .map((cell) => visible(cell));
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, squeezed: [...squeezedCells, ...wrapped] };
  });
  expect(scrollWidth, `${what}: page wider than the window`).toBeLessThanOrEqual(innerWidth);
  // On a desktop screen the tables themselves fit too; on a phone they may scroll inside their frame.
  if (innerWidth >= 1280) {
    const scrolling = await page.locator('main .table-wrap').evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
    expect(scrolling, `${what}: a table scrolls sideways at ${innerWidth}px`).toBe(0);
  }
  expect(squeezed, `${what}: columns squeezed to a few letters`).toEqual([]);
}

test.describe('every locale fits at 390 and 1280 px', () => {
  for (const locale of LOCALES) {
    test(`${locale}: public filters, back-office event list and attendee filters`, async ({ adminPage: page, request, newEvent, newCoHost }) => {
      test.setTimeout(180_000);
      // What the pages show is this test's own, whatever other specs left: the longest titles, a co-host and a delegate
      // with long addresses (the accounts, e-mail and audit logs list them), so the result is the same alone or after them all.
      const event = await newEvent('Layout trip', longestTrip());
      const long = `layout-fit-${randomUUID()}`;
      const coHost = await newCoHost([event.id], `${long}@cohost.example.org`);
      await registerViaApi(request, event.slug, { email: `${long}@delegate.example.org`, visitIds: event.visitIds });
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/${locale}/events`);
        await expectFits(page, `${locale} /events at ${width}px`);
        await page.goto(`/${locale}/admin`);
        await expectFits(page, `${locale} /admin at ${width}px`);
        // The co-host's own list: this event only.
        await coHost.page.setViewportSize({ width, height: 900 });
        await coHost.page.goto(`/${locale}/admin`);
        await expect(coHost.page.locator('main tbody tr')).toHaveCount(1);
        await expectFits(coHost.page, `${locale} co-host's /admin at ${width}px`);
        // The edit link stays on one line rather than stacking letter by letter.
        const edit = page.locator('main td.action a').first();
        await expect(edit).toBeVisible();
        expect(await edit.evaluate((a) => a.getClientRects().length)).toBe(1);
        await page.goto(`/${locale}/events/${event.slug}`);
        await expectFits(page, `${locale} event page at ${width}px`);
        await page.goto(`/${locale}/admin/events/${event.id}`);
        await expect(page.locator('form.filters')).toBeVisible();
        await expectFits(page, `${locale} attendee filters at ${width}px`);
        // The pages the first audit missed (#18 U11): the editor, the e-mail log, the audit log, the accounts.
        await page.goto(`/${locale}/admin/events/${event.id}/edit`);
        await expect(page.locator('#ev-slug')).toHaveValue(event.slug);
        await expectFits(page, `${locale} event editor at ${width}px`);
        for (const path of ['emails', 'audit', 'accounts', 'check-in']) {
          await page.goto(`/${locale}/admin/${path}`);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expectFits(page, `${locale} /admin/${path} at ${width}px`);
        }
      }
    });
  }
});

test('Korean breaks between words; CJK themes are upright', async ({ page }) => {
  await page.goto('/ko/events/northeast-asia-belt-and-road-2027');
  expect(
    await page
      .locator('main p')
      .first()
      .evaluate((p) => getComputedStyle(p).wordBreak),
  ).toBe('keep-all');
  for (const locale of ['zh', 'ja', 'ko']) {
    await page.goto(`/${locale}/events/northeast-asia-belt-and-road-2027`);
    const theme = page.locator('.theme');
    if (await theme.count()) expect(await theme.evaluate((el) => getComputedStyle(el).fontStyle)).toBe('normal');
  }
});
