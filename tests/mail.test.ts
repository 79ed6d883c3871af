import net from 'node:net';
import { LOCALES } from '@/i18n/locales';
import ICAL from 'ical.js';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueItineraries } from '@/db/queries/itineraries';
import { registerDelegate } from '@/db/queries/registrations';
import { events, outboundEmails, visits } from '@/db/schema';
import { resetConfigForTests } from '@/lib/config';
import { createTransport } from '@/server/mail/transport';
import { drainOnce, drainUntilEmpty } from '@/server/mail/worker';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';
import { startSmtp, pointMailAt } from './smtp-harness';

const SUBJECT_WORD = { zh: '报名', en: 'Registration', ko: '참가', ja: '申し込み', ru: 'Регистрац' } as const;

async function drainAll(db: TestDatabase['db'], rounds = 50) {
  const transport = createTransport();
  for (let i = 0; i < rounds; i++) {
    const batch = await drainOnce(db, transport);
    const pending = await db.$count(outboundEmails, eq(outboundEmails.status, 'queued'));
    if (batch.claimed === 0 && pending === 0) break;
    if (batch.claimed === 0) await new Promise((r) => setTimeout(r, 60));
  }
  transport.close();
}

describe.each(drivers)('e-mail delivery [%s]', (driver) => {
  let t: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    smtp = await startSmtp();
    pointMailAt(smtp.url);
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
    delete process.env.SMTP_URL;
    resetConfigForTests();
  });

  it('delivers one confirmation per locale, in that language, with a QR code and a calendar file at the right time', async () => {
    const { slug, id } = await openEvent(t.db, { capacity: 10 });
    const [event] = await t.db.select({ startsAt: events.startsAt }).from(events).where(eq(events.id, id));
    smtp.received.length = 0;
    for (const [n, locale] of LOCALES.entries()) {
      await registerDelegate(t.db, slug, locale, parse(delegate(n, { email: `mail-${locale}@example.org` })));
    }
    await drainAll(t.db);
    expect(smtp.received).toHaveLength(5);
    for (const locale of LOCALES) {
      const mail = smtp.received.find((m) => m.to && 'text' in m.to && m.to.text === `mail-${locale}@example.org`)!;
      expect(mail.subject).toContain(SUBJECT_WORD[locale]);
      expect(mail.html).toContain(`lang="${locale === 'zh' ? 'zh-Hans' : locale}"`);
      expect(mail.text).toMatch(/\/registration\/[A-Za-z0-9_-]{43}/);
      expect(mail.messageId).toMatch(/^<outbox-\d+@localhost>$/);
      const qr = mail.attachments.find((a) => a.contentType === 'image/png');
      expect(qr?.cid).toBe('reference-qr');
      const ics = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
      const vevent = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getFirstSubcomponent('vevent')!;
      const [row] = await t.db
        .select()
        .from(outboundEmails)
        .where(eq(outboundEmails.toAddress, `mail-${locale}@example.org`));
      expect(row!.status).toBe('sent');
      // The event's own start (calendar files carry whole minutes).
      expect(new ICAL.Event(vevent).startDate.toJSDate().getTime()).toBe(Math.floor(event!.startsAt.getTime() / 60_000) * 60_000);
    }
  });

  it('retries while the server refuses with 4xx and delivers exactly once when it is back', async () => {
    const { slug } = await openEvent(t.db);
    smtp.received.length = 0;
    smtp.state.refuse = { code: 451, message: 'Try again later' };
    await registerDelegate(t.db, slug, 'en', parse(delegate(1, { email: 'retry@example.org' })));
    const transport = createTransport();
    await drainOnce(t.db, transport);
    const [waiting] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, 'retry@example.org'));
    expect(waiting).toMatchObject({ status: 'queued', attempts: 1 });
    expect(waiting!.lastError).toContain('451');
    smtp.state.refuse = null;
    transport.close();
    await drainAll(t.db);
    const [sent] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, 'retry@example.org'));
    expect(sent!.status).toBe('sent');
    const to = (m: (typeof smtp.received)[number]) => (Array.isArray(m.to) ? m.to : [m.to]).map((a) => a?.text).join();
    expect(smtp.received.filter((m) => to(m).includes('retry@example.org'))).toHaveLength(1);
  });

  it('fails a message at once on 5xx and keeps the error for organizers', async () => {
    const { slug } = await openEvent(t.db);
    smtp.state.refuse = { code: 550, message: 'No such user' };
    await registerDelegate(t.db, slug, 'en', parse(delegate(1, { email: 'nobody@example.org' })));
    const transport = createTransport();
    await drainOnce(t.db, transport);
    transport.close();
    smtp.state.refuse = null;
    const [row] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.toAddress, 'nobody@example.org'));
    expect(row).toMatchObject({ status: 'failed', attempts: 1 });
    expect(row!.lastError).toContain('550');
  });

  it('sends an itinerary listing the delegate’s own two visits in order, and nobody else’s', async () => {
    const { id, slug } = await openEvent(t.db, { visits: [10, 10, 10] });
    const [a, b, c] = await t.db.select().from(visits).where(eq(visits.eventId, id)).orderBy(asc(visits.position));
    await registerDelegate(t.db, slug, 'ja', parse(delegate(1, { email: 'two-visits@example.org', visitIds: [b!.id, a!.id] })));
    await registerDelegate(t.db, slug, 'ja', parse(delegate(2, { email: 'other@example.org', visitIds: [c!.id] })));
    await drainAll(t.db);
    smtp.received.length = 0;
    expect(await queueItineraries(t.db, id)).toBe(2);
    await drainAll(t.db);
    const mine = smtp.received.find((m) => m.to && 'text' in m.to && m.to.text === 'two-visits@example.org')!;
    expect(mine.subject).toContain('行程');
    const text = mine.text!;
    expect(text.indexOf('Visit 0')).toBeGreaterThan(-1);
    expect(text.indexOf('Visit 1')).toBeGreaterThan(text.indexOf('Visit 0'));
    expect(text).not.toContain('Visit 2');
    const ics = mine.attachments.find((x) => x.contentType.startsWith('text/calendar'))!;
    const entries = new ICAL.Component(ICAL.parse(ics.content.toString('utf8'))).getAllSubcomponents('vevent');
    expect(entries).toHaveLength(2);

    // Both of that delegate's visits change: one updated itinerary, not two; the other delegate gets none.
    expect(await queueItineraries(t.db, id, { visitIds: [a!.id, b!.id], update: true })).toBe(1);
  });
});

// How many seconds it takes to give up is a figure for `npm run bench` (mail: silent relay), not a test.
describe('a mail server that accepts and never answers', () => {
  it('makes the worker give up on the attempt and keeps the message queued for a retry', async () => {
    const silent = net.createServer(() => undefined); // accepts TCP, never greets
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    const t = await openTestDatabase('pglite');
    try {
      pointMailAt(`smtp://127.0.0.1:${port}`);
      const { slug } = await openEvent(t.db);
      await registerDelegate(t.db, slug, 'en', parse(delegate(1)));
      const transport = createTransport();
      const result = await drainOnce(t.db, transport);
      transport.close();
      expect(result.retried).toBe(1);
      const [row] = await t.db.select().from(outboundEmails);
      expect(row).toMatchObject({ status: 'queued', attempts: 1 });
    } finally {
      silent.close();
      await t.close();
      delete process.env.SMTP_URL;
      resetConfigForTests();
    }
  }, 300_000);
});

describe.runIf(process.env.TEST_DATABASE_URL)('two workers on one PostgreSQL [postgres]', () => {
  it('drain 500 messages and deliver each exactly once', async () => {
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const pg = (await import('pg')).default;
    const schema = await import('@/db/schema');
    const t = await openTestDatabase('postgres');
    const smtp = await startSmtp();
    pointMailAt(smtp.url);
    const { slug } = await openEvent(t.db, { capacity: 5 });
    const reg = await registerDelegate(t.db, slug, 'en', parse(delegate(1)));
    if (reg.kind !== 'registered') throw new Error('not registered');
    await t.db.delete(outboundEmails);
    await t.db.insert(outboundEmails).values(
      Array.from({ length: 500 }, () => ({
        kind: 'changed',
        registrationId: reg.registrationId,
        locale: 'en' as const,
        toAddress: 'bulk@example.org',
      })),
    );
    const secondPool = new pg.Pool({ connectionString: t.url, max: 5 });
    const second = drizzle(secondPool, { schema }) as unknown as TestDatabase['db'];
    const [a, b] = await Promise.all([drainUntilEmpty(t.db, 25), drainUntilEmpty(second, 25)]);
    await secondPool.end();
    const ids = smtp.received.map((m) => m.messageId);
    expect(ids).toHaveLength(500);
    expect(new Set(ids).size).toBe(500);
    expect(a + b).toBe(500);
    expect(a).toBeGreaterThan(0);
    expect(b).toBeGreaterThan(0);
    expect(await t.db.$count(outboundEmails, eq(outboundEmails.status, 'sent'))).toBe(500);
    await smtp.close();
    await t.close();
    delete process.env.SMTP_URL;
    resetConfigForTests();
  }, 300_000);
});
