import { type ParsedMail, simpleParser } from 'mailparser';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAnnouncement, sendAnnouncement, stopAnnouncements } from '@/db/queries/announcements';
import { countAudience } from '@/db/queries/audiences';
import { createOrganizer } from '@/db/queries/auth';
import { registerDelegate } from '@/db/queries/registrations';
import { events, outboundEmails, registrations, visits } from '@/db/schema';
import { resetConfigForTests } from '@/lib/config';
import { setJobsClock } from '@/server/jobs/clock';
import { runDueJobs } from '@/server/jobs/scheduler';
import type { MailTransport } from '@/server/mail/transport';
import { drainOnce } from '@/server/mail/worker';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

/** A transport that keeps what it is given: what each recipient would find in their mailbox. */
function mailbox() {
  const raws: Buffer[] = [];
  const transport: MailTransport = {
    send: async (_e, raw) => {
      raws.push(raw);
      return { providerMessageId: `test-${raws.length}` };
    },
    close: () => undefined,
  };
  return { transport, parsed: () => Promise.all(raws.map((r) => simpleParser(r))) };
}

describe.each(drivers)('scheduled jobs, announcements and reminders [%s]', (driver) => {
  let t: TestDatabase;
  let organizerId: string;
  beforeAll(async () => {
    process.env.JOBS_CLOCK = 'settable';
    resetConfigForTests();
    t = await openTestDatabase(driver);
    organizerId = (await createOrganizer(t.db, { email: `org-${driver}@example.org`, name: 'Org', password: 'a-long-test-password', role: 'organizer' }))!;
  });
  afterAll(async () => {
    await t.close();
    delete process.env.JOBS_CLOCK;
    resetConfigForTests();
  });

  it('counts each audience, leaving out addresses that stopped announcements', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 4, visits: [10, 10] });
    const [v0] = await t.db.select().from(visits).where(eq(visits.eventId, id)).orderBy(visits.startsAt);
    const reg = (n: number, extra: Parameters<typeof delegate>[1] = {}) =>
      registerDelegate(t.db, slug, 'en', parse(delegate(n, { email: `aud-${driver}-${n}@example.org`, ...extra })));
    await reg(1, { visitIds: [v0!.id] });
    await reg(2, { visitIds: [v0!.id], country: 'JP' });
    await reg(3);
    await reg(4, { country: 'JP' });
    await reg(5); // the event is full: wait list
    const count = (kind: 'all' | 'confirmed' | 'visit' | 'country' | 'waitlist', value: string | null = null) => countAudience(t.db, id, { kind, value });
    expect(await count('all')).toBe(5);
    expect(await count('confirmed')).toBe(4);
    expect(await count('waitlist')).toBe(1);
    expect(await count('visit', v0!.id)).toBe(2);
    expect(await count('country', 'JP')).toBe(2);
    const [first] = await t.db
      .select()
      .from(registrations)
      .where(eq(registrations.email, `aud-${driver}-2@example.org`));
    await stopAnnouncements(t.db, first!.id);
    expect(await count('all')).toBe(4);
    expect(await count('visit', v0!.id)).toBe(1);
    expect(await count('country', 'JP')).toBe(1);
  });

  it('sends an announcement once however often it is sent, each reader in their language or the marked original', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 10 });
    for (const [n, locale] of (['ja', 'ru', 'ko'] as const).entries()) {
      await registerDelegate(t.db, slug, locale, parse(delegate(n, { email: `ann-${driver}-${locale}@example.org` })));
    }
    const saved = await saveAnnouncement(
      t.db,
      {
        eventId: id,
        idempotencyKey: crypto.randomUUID(),
        sourceLocale: 'ja',
        audience: { kind: 'all', value: null },
        subject: { ja: '集合時間の変更', ru: 'Изменение времени сбора' },
        body: { ja: '**8時**に集合してください。', ru: 'Сбор в **8:00**.' },
      },
      organizerId,
    );
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    const draft = saved.id;
    const tries = await Promise.all([sendAnnouncement(t.db, id, draft, organizerId), sendAnnouncement(t.db, id, draft, organizerId)]);
    expect(tries.filter((r) => r.sent)).toHaveLength(1);
    expect(await sendAnnouncement(t.db, id, draft, organizerId)).toEqual({ sent: false });
    const box = mailbox();
    while ((await drainOnce(t.db, box.transport)).claimed > 0);
    const header = (m: ParsedMail, key: string) => m.headerLines.find((h) => h.key === key)?.line.replace(/\s+/g, ' ');
    const mails = (await box.parsed()).filter((m) => header(m, 'list-unsubscribe'));
    expect(mails.map((m) => (m.to && 'text' in m.to ? m.to.text : '')).sort()).toEqual([
      `ann-${driver}-ja@example.org`,
      `ann-${driver}-ko@example.org`,
      `ann-${driver}-ru@example.org`,
    ]);
    const to = (l: string) => mails.find((m) => m.to && 'text' in m.to && m.to.text === `ann-${driver}-${l}@example.org`)!;
    expect(to('ru').subject).toBe('Изменение времени сбора');
    expect(to('ru').html).toContain('<strong>8:00</strong>');
    expect(to('ja').subject).toBe('集合時間の変更');
    // Korean has no translation: the Japanese original, marked as such, with its own lang.
    expect(to('ko').subject).toBe('集合時間の変更');
    // The e-mail log keeps the message without the stop link: a reader of the log cannot stop anyone's announcements.
    const logged = await t.db.select().from(outboundEmails).where(eq(outboundEmails.kind, 'announcement'));
    expect(logged.every((r) => r.textBody && !/stop\/[0-9a-f-]{36}\.[\w-]{43}/.test(r.textBody) && !/stop\/[0-9a-f-]{36}\.[\w-]{43}/.test(r.rawMessage!))).toBe(
      true,
    );
    expect(to('ko').text).toContain('일본어 원문');
    expect(to('ko').html).toContain('lang="ja"');
    expect(header(to('ko'), 'list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    expect(header(to('ko'), 'list-unsubscribe')).toMatch(/^List-Unsubscribe: <http:\/\/localhost:3000\/api\/stop\/[0-9a-f-]{36}\.[\w-]{43}>$/);
  });

  it('two runners at once, then a restart: each confirmed delegate gets each due reminder exactly once', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 10, visits: [10] });
    const [visit] = await t.db.select().from(visits).where(eq(visits.eventId, id));
    for (const [n, locale] of (['zh', 'en', 'ru'] as const).entries()) {
      await registerDelegate(t.db, slug, locale, parse(delegate(n, { email: `rem-${driver}-${locale}@example.org`, visitIds: n < 2 ? [visit!.id] : [] })));
    }
    const [event] = await t.db.select().from(events).where(eq(events.id, id));
    const reminderRows = async () => t.db.select().from(outboundEmails).where(eq(outboundEmails.kind, 'reminder'));
    const mine = async () => (await reminderRows()).filter((r) => r.toAddress.startsWith(`rem-${driver}-`));
    const run = async (box: ReturnType<typeof mailbox>, name: string) => runDueJobs(t.db, box.transport, name);
    // Before its time: nothing.
    const a = mailbox();
    const b = mailbox();
    await setJobsClock(t.db, new Date(event!.startsAt.getTime() - 200 * 3600_000).toISOString(), null);
    await Promise.all([run(a, 'a'), run(b, 'b')]);
    expect(await mine()).toHaveLength(0);
    // Past the 7-day reminder: two runners at once send it once to each of the three.
    await setJobsClock(t.db, new Date(event!.startsAt.getTime() - 100 * 3600_000).toISOString(), null);
    await Promise.all([run(a, 'a'), run(b, 'b')]);
    const sevenDays = await mine();
    expect(sevenDays).toHaveLength(3);
    expect(sevenDays.every((r) => r.status === 'sent')).toBe(true);
    const reminderMails = async () =>
      [...(await a.parsed()), ...(await b.parsed())].filter(
        (m) => m.subject?.match(/提醒|Reminder|Напоминание/) && m.to && 'text' in m.to && m.to.text.startsWith(`rem-${driver}-`),
      );
    expect((await reminderMails()).map((m) => (m.to && 'text' in m.to ? m.to.text : '')).sort()).toEqual([
      `rem-${driver}-en@example.org`,
      `rem-${driver}-ru@example.org`,
      `rem-${driver}-zh@example.org`,
    ]);
    const en = (await reminderMails()).find((m) => m.subject?.startsWith('Reminder'))!;
    expect(en.attachments.map((x) => x.contentType)).toEqual(expect.arrayContaining(['image/png', 'text/calendar']));
    expect(en.headerLines.some((h) => h.key === 'list-unsubscribe')).toBe(false); // a service e-mail about one's own registration
    // A restart later (fresh runners, the clock two minutes on): nothing is sent again.
    await setJobsClock(t.db, new Date(event!.startsAt.getTime() - 100 * 3600_000 + 120_000).toISOString(), null);
    await Promise.all([run(mailbox(), 'c'), run(mailbox(), 'd')]);
    expect(await mine()).toHaveLength(3);
    // The evening before the visit: its two participants get the visit's itinerary, once.
    await setJobsClock(t.db, new Date(visit!.startsAt.getTime() - 60_000).toISOString(), null);
    await Promise.all([run(a, 'a'), run(b, 'b'), run(mailbox(), 'e')]);
    const all = await mine();
    const keys = all.map((r) => r.dedupeKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(all.filter((r) => (r.payload as { visitId?: string }).visitId === visit!.id)).toHaveLength(2);
    // The clock jumped past the event's start, so the 1-day reminder was skipped rather than sent late.
    expect(all.filter((r) => (r.payload as { visitId?: string }).visitId === null)).toHaveLength(3);
  });
});
