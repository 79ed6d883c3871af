/** #18 (U5, U12, itineraries, U3): what happens without a click is on the record, and a closed link says when. */
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide } from '@/db/queries/decisions';
import { loadEventEditor } from '@/db/queries/event-editor-load';
import { loadEventPage } from '@/db/queries/events';
import { saveEvent } from '@/db/queries/event-editor';
import { cancelRegistration, changeRegistration } from '@/db/queries/manage';
import { loadClosedRegistration } from '@/db/queries/manage-closed';
import { eraseRegistration } from '@/db/queries/privacy';
import { registerDelegate } from '@/db/queries/registrations';
import { auditEntries, outboundEmails, registrations, visits } from '@/db/schema';
import { eventSchema } from '@/lib/validations/event';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

describe.each(drivers)('on the record [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  const register = async (slug: string, n: number, extra = {}) => {
    const r = await registerDelegate(t.db, slug, 'en', parse(delegate(n, extra)));
    if (r.kind !== 'registered') throw new Error(r.kind);
    return r;
  };
  const statusOf = async (id: string) => (await t.db.select({ s: registrations.status }).from(registrations).where(eq(registrations.id, id)))[0]!.s;
  const actions = async (id: string) =>
    (await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, id)).orderBy(asc(auditEntries.id))).map((e) => e.action);
  const mailKinds = async (id: string) =>
    (await t.db.select({ k: outboundEmails.kind }).from(outboundEmails).where(eq(outboundEmails.registrationId, id)).orderBy(asc(outboundEmails.id))).map(
      (m) => m.k,
    );

  it('raising the capacity seats the wait list at once, in order of arrival, each told by e-mail and on the record', async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 1 });
    await register(slug, 1);
    const second = await register(slug, 2);
    const third = await register(slug, 3);
    const fourth = await register(slug, 4);
    expect(await statusOf(second.registrationId)).toBe('waitlisted');
    const editor = await loadEventEditor(t.db, id, 'en');
    const result = await saveEvent(t.db, null, eventSchema.parse({ ...editor!.values, capacity: '3' }));
    expect(result).toMatchObject({ kind: 'ok', promoted: 2 });
    expect([await statusOf(second.registrationId), await statusOf(third.registrationId), await statusOf(fourth.registrationId)]).toEqual([
      'confirmed',
      'confirmed',
      'waitlisted',
    ]);
    expect(await mailKinds(second.registrationId)).toEqual(['confirmation', 'promoted']);
    expect(await actions(second.registrationId)).toEqual(['email.queued', 'registration.auto-promote', 'email.queued']);
  });

  it('rejecting a delegate passes the seat to the first on the wait list', async () => {
    const { slug } = await openEvent(t.db, { capacity: 1 });
    const first = await register(slug, 1);
    const second = await register(slug, 2);
    expect(await decide(t.db, null as unknown as string, first.registrationId, 'reject')).toMatchObject({ kind: 'ok' });
    expect(await statusOf(second.registrationId)).toBe('confirmed');
    expect(await mailKinds(second.registrationId)).toEqual(['confirmation', 'promoted']);
  });

  it("a delegate's own change and cancellation are audited with what changed; a visit change sends a new itinerary", async () => {
    const { id, slug } = await openEvent(t.db, { capacity: 10, visits: [5, 5] });
    const [a, b] = await t.db.select().from(visits).where(eq(visits.eventId, id)).orderBy(asc(visits.position));
    const me = await register(slug, 1, { visitIds: [a!.id] });
    const change = { organization: 'Busan Chamber of Commerce', email: 'moved@example.org', phone: '+82 51 123 4567', visitIds: [b!.id] };
    const changed = await changeRegistration(t.db, me.token, change);
    expect(changed.kind).toBe('ok');
    const [self] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, me.registrationId), eq(auditEntries.action, 'registration.self-update')));
    expect(self).toMatchObject({
      actorId: null,
      before: { email: 'delegate1@example.org', visitIds: [a!.id] },
      after: { email: 'moved@example.org', visitIds: [b!.id] },
    });
    expect(await mailKinds(me.registrationId)).toEqual(['confirmation', 'changed', 'itinerary']);

    const token = (changed as { newToken: string }).newToken;
    expect(await cancelRegistration(t.db, token)).toEqual({ kind: 'ok' });
    const [cancel] = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, me.registrationId), eq(auditEntries.action, 'registration.self-cancel')));
    expect(cancel).toMatchObject({ before: { status: 'confirmed' }, after: { status: 'cancelled' } });
    // The link still answers: cancelled, and when.
    expect(await loadClosedRegistration(t.db, token, 'en')).toMatchObject({ state: 'cancelled', event: { slug } });
  });

  it('an erased registration\'s link says "erased", with nothing personal left', async () => {
    const { slug } = await openEvent(t.db);
    const me = await register(slug, 7, { email: 'gone@example.org' });
    await eraseRegistration(t.db, me.registrationId);
    const closed = await loadClosedRegistration(t.db, me.token, 'en');
    expect(closed).toMatchObject({ state: 'erased', event: { slug } });
    expect(JSON.stringify(closed)).not.toContain('gone@example.org');
    expect(await loadClosedRegistration(t.db, 'A'.repeat(43), 'en')).toBeNull();
  });

  it('a title-only translation is kept as a draft: the editor has it, the public reads the source language', async () => {
    const { id, slug } = await openEvent(t.db);
    const editor = await loadEventEditor(t.db, id, 'en');
    const ru = { ...editor!.values.translations!.ru!, title: 'Черновик', summary: '', city: '', venueName: '', venueAddress: '', body: '' };
    const saved = await saveEvent(t.db, null, eventSchema.parse({ ...editor!.values, translations: { ...editor!.values.translations, ru } }));
    expect(saved.kind).toBe('ok');
    expect((await loadEventEditor(t.db, id, 'ru'))!.values.translations!.ru!.title).toBe('Черновик');
    const page = await loadEventPage(t.db, slug, 'ru');
    expect(page!.text).toMatchObject({ lang: 'en', title: 'Test en' });
  });
});
