import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelRegistration, changeRegistration, loadManagedRegistration } from '@/db/queries/manage';
import { registerDelegate } from '@/db/queries/registrations';
import { outboundEmails, registrationVisits, registrations, visits } from '@/db/schema';
import { seal, unseal } from '@/lib/crypto';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

describe.each(drivers)('registration and seats [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('200 concurrent submissions for 50 seats: exactly 50 confirmed, 150 wait-listed, none lost, in order', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 50, visits: [10] });
    const [visit] = await t.db.select().from(visits).where(eq(visits.eventId, id));
    const results = await Promise.all(Array.from({ length: 200 }, (_, n) => registerDelegate(t.db, slug, 'en', parse(delegate(n, { visitIds: [visit!.id] })))));
    expect(results.every((r) => r.kind === 'registered')).toBe(true);
    const rows = await t.db.select().from(registrations).where(eq(registrations.eventId, id)).orderBy(asc(registrations.createdAt));
    expect(rows).toHaveLength(200);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(50);
    expect(rows.filter((r) => r.status === 'waitlisted')).toHaveLength(150);
    // Arrival order: every confirmed delegate came before every wait-listed one.
    expect(rows.slice(0, 50).every((r) => r.status === 'confirmed')).toBe(true);
    const seats = await t.db.select().from(registrationVisits).where(eq(registrationVisits.visitId, visit!.id));
    expect(seats.filter((s) => s.status === 'confirmed')).toHaveLength(10);
    // One e-mail per delegate, confirmed or wait-listed: none lost, none doubled.
    expect(
      await t.db.$count(
        outboundEmails,
        and(
          eq(outboundEmails.kind, 'confirmation'),
          inArray(
            outboundEmails.registrationId,
            rows.map((r) => r.id),
          ),
        ),
      ),
    ).toBe(200);
  });

  it('puts registrations for an approval-mode event in pending', async () => {
    const { slug } = await openEvent(t.db, { capacity: 2, approval: true });
    const first = await registerDelegate(t.db, slug, 'ja', parse(delegate(1)));
    expect(first).toMatchObject({ kind: 'registered', status: 'pending' });
  });

  it('a resubmission with the same idempotency key returns the first registration', async () => {
    const { id, slug } = await openEvent(t.db);
    const input = parse(delegate(7));
    const [a, b, c] = await Promise.all([1, 2, 3].map(() => registerDelegate(t.db, slug, 'en', input)));
    expect(a!.kind).toBe('registered');
    const refs = [a, b, c].map((r) => (r!.kind === 'registered' ? r!.reference : r!.kind));
    expect(new Set(refs).size).toBe(1);
    expect(await t.db.$count(registrations, eq(registrations.eventId, id))).toBe(1);
  });

  it('the same e-mail again (any case or Unicode form) is told so and mailed its link, with no new row', async () => {
    const { id, slug } = await openEvent(t.db);
    await registerDelegate(t.db, slug, 'en', parse(delegate(1, { email: 'Ana.Müller@example.org' })));
    const again = await registerDelegate(t.db, slug, 'ru', parse(delegate(2, { email: 'ana.mu\u0308ller@EXAMPLE.org' })));
    expect(again).toEqual({ kind: 'duplicate' });
    expect(await t.db.$count(registrations, eq(registrations.eventId, id))).toBe(1);
    const mails = await t.db.select().from(outboundEmails).where(eq(outboundEmails.kind, 'duplicate'));
    expect(mails.some((m) => m.toAddress === 'Ana.Müller@example.org')).toBe(true);
  });

  it('cancelling frees the seat and promotes the first wait-listed delegate, with an e-mail', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 1, visits: [1] });
    const [visit] = await t.db.select().from(visits).where(eq(visits.eventId, id));
    const first = await registerDelegate(t.db, slug, 'en', parse(delegate(1, { visitIds: [visit!.id] })));
    const second = await registerDelegate(t.db, slug, 'ko', parse(delegate(2, { visitIds: [visit!.id] })));
    await registerDelegate(t.db, slug, 'zh', parse(delegate(3)));
    expect(second).toMatchObject({ status: 'waitlisted' });
    if (first.kind !== 'registered' || second.kind !== 'registered') throw new Error('not registered');
    expect(await cancelRegistration(t.db, first.token)).toEqual({ kind: 'ok' });
    const [promoted] = await t.db.select().from(registrations).where(eq(registrations.id, second.registrationId));
    expect(promoted!.status).toBe('confirmed');
    const [seat] = await t.db.select().from(registrationVisits).where(eq(registrationVisits.registrationId, second.registrationId));
    expect(seat!.status).toBe('confirmed');
    expect(await t.db.$count(outboundEmails, and(eq(outboundEmails.kind, 'promoted'), eq(outboundEmails.registrationId, second.registrationId)))).toBe(1);
    expect(await t.db.$count(registrations, and(eq(registrations.eventId, id), eq(registrations.status, 'waitlisted')))).toBe(1);
    // The cancelled link is now simply not found.
    expect(await loadManagedRegistration(t.db, first.token, 'en')).toBeNull();
  });

  it('changing visits applies the seat rules again and passes freed seats on', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 10, visits: [1, 5] });
    const [a, b] = await t.db.select().from(visits).where(eq(visits.eventId, id)).orderBy(asc(visits.position));
    const one = await registerDelegate(t.db, slug, 'en', parse(delegate(1, { visitIds: [a!.id] })));
    const two = await registerDelegate(t.db, slug, 'en', parse(delegate(2, { visitIds: [a!.id] })));
    if (one.kind !== 'registered' || two.kind !== 'registered') throw new Error('not registered');
    const change = { organization: 'New Org', email: 'delegate1@example.org', phone: '+82 51 123 4567', visitIds: [b!.id] };
    expect(await changeRegistration(t.db, one.token, change)).toMatchObject({ kind: 'ok' });
    const mine = await loadManagedRegistration(t.db, one.token, 'en');
    expect(mine?.organization).toBe('New Org');
    expect(mine?.visits).toEqual([{ visitId: b!.id, status: 'confirmed' }]);
    const theirs = await loadManagedRegistration(t.db, two.token, 'en');
    expect(theirs?.visits).toEqual([{ visitId: a!.id, status: 'confirmed' }]);
  });

  it('keeps passport data only sealed, and a wrong token finds nothing', async () => {
    const { slug } = await openEvent(t.db);
    const result = await registerDelegate(
      t.db,
      slug,
      'ru',
      parse(
        delegate(1, {
          visaRequested: true,
          passportNumber: 'ab1234567',
          nationality: 'RU',
          dateOfBirth: '1980-02-29',
          visaConsent: true,
          entryDate: '2027-06-01',
          exitDate: '2027-06-10',
          consulate: 'Consulate-General of the PRC in Vladivostok',
        }),
      ),
    );
    if (result.kind !== 'registered') throw new Error('not registered');
    const [row] = await t.db.select().from(registrations).where(eq(registrations.id, result.registrationId));
    expect(row!.visaDataSealed).not.toContain('AB1234567');
    expect(JSON.parse(unseal(row!.visaDataSealed!))).toEqual({ passportNumber: 'AB1234567', nationality: 'RU', dateOfBirth: '1980-02-29' });
    expect(await loadManagedRegistration(t.db, 'x'.repeat(43), 'en')).toBeNull();
    const wrong = result.token.slice(0, -1) + (result.token.endsWith('A') ? 'B' : 'A');
    expect(await loadManagedRegistration(t.db, wrong, 'en')).toBeNull();
  });
});

describe('sealing', () => {
  it('round-trips, and refuses a tampered or foreign-key ciphertext', () => {
    const sealed = seal('паспорт 123');
    expect(unseal(sealed)).toBe('паспорт 123');
    expect(sealed).not.toBe(seal('паспорт 123'));
    const parts = sealed.split('.');
    parts[3] = Buffer.from('tampered').toString('base64url');
    expect(() => unseal(parts.join('.'))).toThrow();
    expect(() => unseal(sealed, Buffer.alloc(32, 1))).toThrow();
  });
});
