import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { createTranslator } from 'use-intl/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerDelegation } from '@/db/queries/delegation-register';
import { loadMailContext } from '@/db/queries/mail';
import { queueDueReminders, reminderOverview } from '@/db/queries/reminders';
import { events, outboundEmails, registrations, visits } from '@/db/schema';
import { LOCALES, type Locale } from '@/i18n/locales';
import { fullName } from '@/lib/names';
import { delegationSchema } from '@/lib/validations/delegation';
import en from '@/messages/en.json';
import ja from '@/messages/ja.json';
import ko from '@/messages/ko.json';
import ru from '@/messages/ru.json';
import zh from '@/messages/zh.json';
import { composeEmail } from '@/server/mail/compose';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const catalogues = { zh, en, ko, ja, ru } as unknown as Record<Locale, typeof en>;
const headName = (locale: Locale, name: string) =>
  createTranslator({ locale, messages: catalogues[locale], namespace: 'DelegationEmail' })('headName', { name });
/** What a missing message or an unfilled ICU argument would leave in an e-mail. */
const LEAK = /\b(Reminders|DelegationEmail|Email)\.[a-z]|\{[a-z]+[},]/i;

/** A zh head; a ja and a ru member without an address (the ru member on the visit); a ko member with one. */
async function delegationWithVisit(t: TestDatabase) {
  const e = await openEvent(t.db, { visits: [10] });
  const [visit] = await t.db.select().from(visits).where(eq(visits.eventId, e.id));
  const result = await registerDelegation(
    t.db,
    e.slug,
    'zh',
    parse(delegate(1, { familyName: '王', givenName: '晓明', email: `head-${randomUUID()}@example.org` })),
    delegationSchema.parse({
      name: '吉林省经贸代表团',
      organization: 'Jilin Chamber',
      country: 'CN',
      members: [
        { familyName: '佐藤', givenName: '花子', latinFamilyName: 'Sato', latinGivenName: 'Hanako', locale: 'ja' },
        { familyName: 'Петрова', givenName: 'Анна', latinFamilyName: 'Petrova', latinGivenName: 'Anna', locale: 'ru', visitIds: [visit!.id] },
        { familyName: '이', givenName: '서연', latinFamilyName: 'Lee', latinGivenName: 'Seoyeon', locale: 'ko', email: `lee-${randomUUID()}@example.org` },
      ],
    }),
  );
  if (result.kind !== 'registered') throw new Error(result.kind);
  const members = await t.db.select().from(registrations).where(eq(registrations.delegationId, result.delegationId)).orderBy(asc(registrations.createdAt));
  const [event] = await t.db.select().from(events).where(eq(events.id, e.id));
  const [head, sato, petrova, lee] = members;
  return { event: event!, visit: visit!, head: head!, sato: sato!, petrova: petrova!, lee: lee! };
}

describe.each(drivers)('reminders in a delegation [%s]', (driver) => {
  let t: TestDatabase;
  let d: Awaited<ReturnType<typeof delegationWithVisit>>;
  const reminders = () =>
    t.db
      .select()
      .from(outboundEmails)
      .where(
        inArray(
          outboundEmails.registrationId,
          [d.head, d.sato, d.petrova, d.lee].map((m) => m.id),
        ),
      )
      .then((rows) => rows.filter((r) => r.kind === 'reminder'));
  const hoursBefore = (hours: number) => new Date(d.event.startsAt.getTime() - hours * 3600_000);
  /** The head's reminder as each language renders it. */
  const inEveryLocale = async (row: typeof outboundEmails.$inferSelect) => {
    const context = (await loadMailContext(t.db, row.registrationId!))!;
    return Promise.all(LOCALES.map(async (locale) => ({ locale, out: await composeEmail({ ...row, locale }, context) })));
  };

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    d = await delegationWithVisit(t);
  });
  afterAll(() => t.close());

  it('before the event: one reminder to the head naming the head and the members without an address, one to the member with an address, once', async () => {
    expect(await queueDueReminders(t.db, hoursBefore(100))).toBe(2);
    const rows = await reminders();
    expect(rows.map((r) => [r.registrationId, r.toAddress]).sort()).toEqual(
      [
        [d.head.id, d.head.email],
        [d.lee.id, d.lee.email],
      ].sort(),
    );
    const rollUp = rows.find((r) => r.registrationId === d.head.id)!;
    expect((rollUp.payload as { members: string[] }).members.sort()).toEqual([d.head.id, d.sato.id, d.petrova.id].sort());
    // A second run (another worker, a restart) adds nothing.
    expect(await queueDueReminders(t.db, hoursBefore(99))).toBe(0);
    expect(await reminders()).toHaveLength(2);
    // The organizer's page counts the e-mails queued.
    expect((await reminderOverview(t.db, d.event.id))!.slots.find((s) => s.key.endsWith(':168h'))!.queued).toBe(2);

    for (const { locale, out } of await inEveryLocale(rollUp)) {
      for (const text of [out.subject, out.text]) expect(text, locale).not.toMatch(LEAK);
      expect(out.text, locale).toContain(headName(locale, '王晓明'));
      for (const m of [d.sato, d.petrova]) {
        expect(out.text, locale).toContain(fullName(m));
        expect(out.text, locale).toContain(m.reference);
      }
      expect(out.text, locale).toContain(d.head.reference);
      expect(out.text, locale).not.toContain(fullName(d.lee)); // reminded on their own
      // Each confirmed member's entrance QR code under their name, and the head's calendar entry (the head is confirmed).
      const covered = [d.head, d.sato, d.petrova].map((m) => m.reference);
      expect(out.attachments.map((a) => a.filename).sort()).toEqual([...covered.map((r) => `${r}.png`), 'event.ics'].sort());
      for (const reference of covered) expect(out.html, locale).toContain(`cid:qr-${reference}`);
    }
    // The member with an address gets the reminder of their own, as before.
    const [own] = await inEveryLocale(rows.find((r) => r.registrationId === d.lee.id)!);
    expect(own!.out.text).toContain(d.lee.reference);
    expect(own!.out.text).not.toContain(fullName(d.sato));
  });

  it('a head who is no longer confirmed still reaches the members without an address, and is not listed as registered', async () => {
    await t.db.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.id, d.head.id));
    expect(await queueDueReminders(t.db, hoursBefore(10))).toBe(2);
    const rollUp = (await reminders()).find((r) => r.registrationId === d.head.id && (r.payload as { reminder: string }).reminder.endsWith(':24h'))!;
    expect((rollUp.payload as { members: string[] }).members.sort()).toEqual([d.sato.id, d.petrova.id].sort());
    for (const { locale, out } of await inEveryLocale(rollUp)) {
      expect(out.text, locale).not.toMatch(LEAK);
      expect(out.text, locale).toContain(fullName(d.sato));
      expect(out.text, locale).not.toContain(headName(locale, '王晓明'));
      expect(out.text, locale).not.toContain(d.head.reference);
      // No calendar entry and no entrance code for a head who is not coming; the members' codes as before.
      expect(out.attachments.map((a) => a.filename).sort(), locale).toEqual([`${d.petrova.reference}.png`, `${d.sato.reference}.png`].sort());
    }
    await t.db.update(registrations).set({ status: 'confirmed' }).where(eq(registrations.id, d.head.id));
  });

  it('the evening before a visit only a member without an address is on: the head gets one reminder naming that member, then the visit', async () => {
    const before = (await reminders()).length;
    expect(await queueDueReminders(t.db, new Date(d.visit.startsAt.getTime() - 60_000))).toBe(1);
    const rows = await reminders();
    expect(rows).toHaveLength(before + 1);
    const rollUp = rows.find((r) => (r.payload as { visitId: string | null }).visitId === d.visit.id)!;
    expect([rollUp.registrationId, rollUp.toAddress]).toEqual([d.head.id, d.head.email]);
    expect((rollUp.payload as { members: string[] }).members).toEqual([d.petrova.id]);
    expect(await queueDueReminders(t.db, new Date(d.visit.startsAt.getTime() - 30_000))).toBe(0);
    for (const { locale, out } of await inEveryLocale(rollUp)) {
      for (const text of [out.subject, out.text]) expect(text, locale).not.toMatch(LEAK);
      expect(out.subject, locale).toContain('Visit 0');
      expect(out.subject, locale).toContain('吉林省经贸代表团');
      expect(out.text, locale).toContain(fullName(d.petrova));
      expect(out.text, locale).toContain(d.petrova.reference);
      expect(out.text, locale).toContain('Lobby'); // the visit's meeting point
      expect(out.text, locale).not.toContain(headName(locale, '王晓明')); // the head is not on it
      expect(out.text, locale).not.toContain(fullName(d.sato));
      expect(out.attachments, locale).toEqual([]); // the head's calendar holds only the head's own visits
    }
  });
});
