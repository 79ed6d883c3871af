import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadManagedRegistration } from '@/db/queries/manage';
import { eraseRegistration, purgePassportData } from '@/db/queries/privacy';
import { registerDelegate } from '@/db/queries/registrations';
import { auditEntries, events, outboundEmails, registrations } from '@/db/schema';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const visa = {
  visaRequested: true,
  passportNumber: 'AB7654321',
  nationality: 'RU',
  dateOfBirth: '1970-01-01',
  visaConsent: true,
  entryDate: '2027-06-01',
  exitDate: '2027-06-10',
  consulate: 'Consulate-General of the PRC in Vladivostok',
};

describe.each(drivers)('privacy [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('purges passport data 30 days after the event ended, and logs the purge', async () => {
    const { id, slug } = await openEvent(t.db);
    const result = await registerDelegate(t.db, slug, 'ru', parse(delegate(1, visa)));
    if (result.kind !== 'registered') throw new Error('not registered');
    expect(await purgePassportData(t.db, 30)).toBe(0); // the event has not even happened
    await t.db
      .update(events)
      .set({ startsAt: new Date(Date.now() - 40 * 86_400_000), endsAt: new Date(Date.now() - 31 * 86_400_000) })
      .where(eq(events.id, id));
    expect(await purgePassportData(t.db, 30)).toBe(1);
    const [row] = await t.db.select().from(registrations).where(eq(registrations.id, result.registrationId));
    expect(row!.visaDataSealed).toBeNull();
    expect(await t.db.$count(auditEntries, eq(auditEntries.action, 'retention.purge-passport'))).toBe(1);
  });

  it('erases a delegate on request: the seat is freed, personal data is gone, anonymous counts remain', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 1 });
    const first = await registerDelegate(t.db, slug, 'en', parse(delegate(1, { ...visa, email: 'erase-me@example.org', familyName: 'Erasable' })));
    const second = await registerDelegate(t.db, slug, 'en', parse(delegate(2)));
    if (first.kind !== 'registered' || second.kind !== 'registered') throw new Error('not registered');
    await eraseRegistration(t.db, first.registrationId);
    const [row] = await t.db.select().from(registrations).where(eq(registrations.id, first.registrationId));
    expect(row).toMatchObject({ status: 'cancelled', familyName: '—', visaDataSealed: null, country: 'KR', delegationType: 'association' });
    expect(JSON.stringify(row)).not.toContain('erase-me@example.org');
    const mails = await t.db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, first.registrationId));
    expect(JSON.stringify(mails)).not.toContain('erase-me@example.org');
    expect(await loadManagedRegistration(t.db, first.token, 'en')).toBeNull();
    const [promoted] = await t.db.select().from(registrations).where(eq(registrations.id, second.registrationId));
    expect(promoted!.status).toBe('confirmed');
    expect(await t.db.$count(registrations, eq(registrations.eventId, id))).toBe(2);
  });
});
