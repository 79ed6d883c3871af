import ICAL from 'ical.js';
import { and, eq } from 'drizzle-orm';
import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEventEditor } from '@/db/queries/event-editor-load';
import { saveEvent, setEventStatus } from '@/db/queries/event-editor';
import { cancelRegistration } from '@/db/queries/manage';
import { registerDelegate } from '@/db/queries/registrations';
import { outboundEmails, registrationVisits } from '@/db/schema';
import { resetConfigForTests } from '@/lib/config';
import { drainUntilEmpty } from '@/server/mail/worker';
import { eventSchema } from '@/lib/validations/event';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';
import { pointMailAt, startSmtp } from './smtp-harness';

const senders = { zh: zh.Email.senderName, en: en.Email.senderName, ja: ja.Email.senderName, ru: ru.Email.senderName };

function calendarOf(mail: ParsedMail) {
  const file = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'))!;
  const root = new ICAL.Component(ICAL.parse(file.content.toString('utf8')));
  const vevent = root.getFirstSubcomponent('vevent')!;
  return { method: root.getFirstPropertyValue('method'), status: vevent.getFirstPropertyValue('status'), uid: vevent.getFirstPropertyValue('uid') };
}

const to = (mail: ParsedMail) => (mail.to && 'text' in mail.to ? mail.to.text : '');

describe.each(drivers)('cancellations notify every active delegate, once [%s]', (driver) => {
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

  it('cancelling an event: one e-mail per active registrant in their language, none for the cancelled one, even when cancelled twice at once', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 2 });
    const who = { zh: 'c-zh@example.org', ja: 'c-ja@example.org', ru: 'c-ru@example.org', en: 'c-en@example.org' } as const;
    for (const [n, locale] of (['zh', 'ja', 'ru'] as const).entries()) {
      await registerDelegate(t.db, slug, locale, parse(delegate(n, { email: who[locale] })));
    }
    const gone = await registerDelegate(t.db, slug, 'en', parse(delegate(9, { email: who.en })));
    if (gone.kind !== 'registered') throw new Error(gone.kind);
    await cancelRegistration(t.db, gone.token);
    smtp.received.length = 0;
    await drainUntilEmpty(t.db);
    const confirmations = new Map(
      smtp.received.filter((m) => m.attachments.some((a) => a.contentType.startsWith('text/calendar'))).map((m) => [to(m), calendarOf(m)]),
    );
    expect(confirmations.get(who.zh)).toMatchObject({ status: 'CONFIRMED' });
    expect(confirmations.has(who.ru)).toBe(false); // wait-listed: no calendar entry to take back

    const results = await Promise.all([setEventStatus(t.db, null, id, 'cancel'), setEventStatus(t.db, null, id, 'cancel')]);
    expect(results.map((r) => (r.kind === 'ok' ? r.notified : -1)).sort()).toEqual([0, 3]);
    await setEventStatus(t.db, null, id, 'cancel');
    // Told it is off, they are not silently booked again: a cancelled event stays cancelled.
    expect(await setEventStatus(t.db, null, id, 'publish')).toEqual({ kind: 'cancelledIsFinal' });
    expect(await setEventStatus(t.db, null, id, 'unpublish')).toEqual({ kind: 'cancelledIsFinal' });
    const queued = await t.db.select().from(outboundEmails).where(eq(outboundEmails.kind, 'eventCancelled'));
    const mine = queued.filter((q) => Object.values(who).includes(q.toAddress as never));
    expect(mine.map((q) => `${q.toAddress} ${q.locale}`).sort()).toEqual([`${who.ja} ja`, `${who.ru} ru`, `${who.zh} zh`]);

    smtp.received.length = 0;
    await drainUntilEmpty(t.db);
    expect(smtp.received.map(to).sort()).toEqual([who.ja, who.ru, who.zh]);
    for (const locale of ['zh', 'ja', 'ru'] as const) {
      const mail = smtp.received.find((m) => to(m) === who[locale])!;
      expect(mail.from?.value[0]).toEqual({ name: senders[locale], address: 'no-reply@events.example.org' });
      expect(calendarOf(mail)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED' });
      if (confirmations.has(who[locale])) expect(calendarOf(mail).uid).toBe(confirmations.get(who[locale])!.uid);
    }
  });

  it('cancelling a visit with delegates: only on purpose, then each of them is told and their place released', async () => {
    const { id, slug } = await openEvent(t.db, { visits: [5, 5] });
    const values = (await loadEventEditor(t.db, id, 'en'))!.values;
    const [doomed, kept] = values.visits!.map((v) => v.visitId!);
    await registerDelegate(t.db, slug, 'ja', parse(delegate(1, { email: 'v-ja@example.org', visitIds: [doomed!, kept!] })));
    await registerDelegate(t.db, slug, 'ru', parse(delegate(2, { email: 'v-ru@example.org', visitIds: [doomed!] })));
    await registerDelegate(t.db, slug, 'zh', parse(delegate(3, { email: 'v-zh@example.org', visitIds: [kept!] })));
    const without = { ...values, visits: values.visits!.filter((v) => v.visitId !== doomed) };

    expect(await saveEvent(t.db, null, eventSchema.parse(without))).toMatchObject({ kind: 'visitHasRegistrations', visitId: doomed });
    const saved = await saveEvent(t.db, null, eventSchema.parse({ ...without, cancelVisits: [doomed] }));
    expect(saved).toMatchObject({ kind: 'ok', notifiedOfCancelledVisits: 2 });
    expect(await t.db.$count(registrationVisits, eq(registrationVisits.visitId, kept!))).toBe(2);

    smtp.received.length = 0;
    await drainUntilEmpty(t.db);
    const notices = smtp.received.filter((m) => m.subject?.includes('Visit 0'));
    expect(notices.map(to).sort()).toEqual(['v-ja@example.org', 'v-ru@example.org']);
    for (const m of notices) expect(calendarOf(m)).toMatchObject({ method: 'CANCEL', status: 'CANCELLED', uid: expect.stringMatching(`^visit-${doomed}-`) });
    const [rowJa] = await t.db
      .select()
      .from(outboundEmails)
      .where(and(eq(outboundEmails.kind, 'visitCancelled'), eq(outboundEmails.toAddress, 'v-ja@example.org')));
    expect(rowJa!.subject).toContain(ja.Email.subjects.visitCancelled.split('：')[0]);
  });
});
