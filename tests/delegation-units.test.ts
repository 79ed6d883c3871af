import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveDelegation, checkInDelegation } from '@/db/queries/admin-delegations';
import { createOrganizer } from '@/db/queries/auth';
import { registerDelegation } from '@/db/queries/delegation-register';
import { queueItineraries, queueItineraryAfterVisitChange } from '@/db/queries/itineraries';
import { loadMailContext } from '@/db/queries/mail';
import { answersOf, formBySlug, saveQuestions } from '@/db/queries/questions';
import { auditEntries, outboundEmails, registrations, visits } from '@/db/schema';
import { delegationSchema } from '@/lib/validations/delegation';
import { questionsEditorSchema } from '@/lib/validations/questions';
import { checkExtras } from '@/server/form-extras';
import { composeEmail } from '@/server/mail/compose';
import zh from '@/messages/zh.json';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const all = (text: string) => ({ zh: text, en: text, ko: text, ja: text, ru: text });

/** A zh head with visit 0; a ja member with an address on visit 1; a ru member without one on visit 0; a ko member on no visit. */
async function delegationOnVisits(t: TestDatabase, approval: boolean) {
  const e = await openEvent(t.db, { visits: [10, 10], approval });
  const [a, b] = await t.db.select().from(visits).where(eq(visits.eventId, e.id)).orderBy(asc(visits.position));
  const result = await registerDelegation(
    t.db,
    e.slug,
    'zh',
    parse(delegate(1, { familyName: '王', givenName: '晓明', visitIds: [a!.id] })),
    delegationSchema.parse({
      name: '吉林省经贸代表团',
      organization: 'Jilin Chamber',
      country: 'CN',
      members: [
        {
          familyName: '佐藤',
          givenName: '花子',
          latinFamilyName: 'Sato',
          latinGivenName: 'Hanako',
          locale: 'ja',
          email: `sato-${randomUUID()}@example.org`,
          visitIds: [b!.id],
        },
        { familyName: 'Петрова', givenName: 'Анна', latinFamilyName: 'Petrova', latinGivenName: 'Anna', locale: 'ru', visitIds: [a!.id] },
        { familyName: '이', givenName: '서연', latinFamilyName: 'Lee', latinGivenName: 'Seoyeon', locale: 'ko' },
      ],
    }),
  );
  if (result.kind !== 'registered') throw new Error(result.kind);
  const members = await t.db.select().from(registrations).where(eq(registrations.delegationId, result.delegationId)).orderBy(asc(registrations.createdAt));
  return { ...e, delegationId: result.delegationId, members, visitA: a!.id, visitB: b!.id };
}

const itineraryMails = (t: TestDatabase, batch: string) =>
  t.db
    .select()
    .from(outboundEmails)
    .where(sql`${outboundEmails.payload}->>'batch' = ${batch}`);

describe.each(drivers)('delegations as units [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('itineraries: a member with an address gets theirs in their language; the head one roll-up of every member, once per batch', async () => {
    const d = await delegationOnVisits(t, false);
    const batch = randomUUID();
    expect(await queueItineraries(t.db, d.id, { batch })).toBe(2);
    const mails = await itineraryMails(t, batch);
    expect(mails.map((m) => [m.kind, m.locale, m.registrationId]).sort()).toEqual([
      ['delegationItinerary', 'zh', d.members[0]!.id],
      ['itinerary', 'ja', d.members[1]!.id],
    ]);
    const rollUp = mails.find((m) => m.kind === 'delegationItinerary')!;
    expect(rollUp.toAddress).toBe('delegate1@example.org');
    const out = await composeEmail(rollUp, (await loadMailContext(t.db, rollUp.registrationId!))!);
    expect(out.subject).toBe('代表团参观考察行程：吉林省经贸代表团——Test zh');
    const text = out.text;
    for (const name of ['王晓明（团长）', '佐藤花子', 'Петрова Анна', '이서연']) expect(text).toContain(name);
    // Each member's own visits under their name, times on the event's clock (Beijing), meeting point and stops.
    const [sato, petrova, lee] = ['佐藤花子', 'Петрова Анна', '이서연'].map((n) => text.indexOf(n));
    expect(text.slice(sato, petrova)).toContain('Visit 1');
    expect(text.slice(sato, petrova)).not.toContain('Visit 0');
    expect(text.slice(petrova, lee)).toContain('Visit 0');
    expect(text.slice(lee)).toContain('未选择参观考察活动。');
    expect(text).toContain('Lobby');
    expect(text).toMatch(/\d{2}:\d{2}/);
    expect(out.attachments.map((a) => a.filename)).toEqual(['visits.ics']); // the head's own visit

    // Visit 0 changes: the head's roll-up once more (the ru member is on it), nothing for the ja member on visit 1.
    expect(await queueItineraries(t.db, d.id, { visitIds: [d.visitA], update: true })).toBe(1);
    const updates = await t.db
      .select()
      .from(outboundEmails)
      .where(
        and(
          sql`${outboundEmails.payload}->>'update' = 'true'`,
          inArray(
            outboundEmails.registrationId,
            d.members.map((m) => m.id),
          ),
        ),
      );
    expect(updates.map((u) => [u.kind, u.registrationId])).toEqual([['delegationItinerary', d.members[0]!.id]]);
    // A one-delegate send to the member with an address reaches that member only.
    expect(await queueItineraries(t.db, d.id, { registrationId: d.members[1]!.id, batch: randomUUID() })).toBe(1);
    // A member without an address changes visits: the head's roll-up follows, not an itinerary of their own.
    await t.db.transaction((tx) => queueItineraryAfterVisitChange(tx, d.members[2]!.id));
    const [last] = await t.db.select().from(outboundEmails).orderBy(desc(outboundEmails.id)).limit(1);
    expect([last!.kind, last!.registrationId, last!.toAddress]).toEqual(['delegationItinerary', d.members[0]!.id, 'delegate1@example.org']);
  });

  it('the roll-up never reads a pending member as confirmed', async () => {
    const d = await delegationOnVisits(t, true);
    const batch = randomUUID();
    expect(await queueItineraries(t.db, d.id, { batch })).toBe(2);
    const rollUp = (await itineraryMails(t, batch)).find((m) => m.kind === 'delegationItinerary')!;
    const { text } = await composeEmail(rollUp, (await loadMailContext(t.db, rollUp.registrationId!))!);
    expect(text).toContain('待组委会审核');
    // Each pending member's note, read from the catalogue (its first clause: plain text may wrap the rest).
    expect(text.split(zh.DelegationEmail.itinerary.pendingNote.split('，')[0]!).length - 1).toBe(4);
    expect(text).not.toContain('已确认');
  });

  it("stores the head's answers to the event's questions and travel details, as for an individual", async () => {
    const { id, slug } = await openEvent(t.db);
    await saveQuestions(
      t.db,
      null,
      questionsEditorSchema.parse({
        eventId: id,
        asksTravel: true,
        questions: [{ kind: 'oneChoice', required: true, label: all('Sector'), options: [{ label: all('Autos') }, { label: all('Food') }] }],
      }),
    );
    const form = (await formBySlug(t.db, slug))!;
    const [sector] = form.questions;
    expect(checkExtras(form, {}, {}, 'association').ok).toBe(false); // a required answer is required of a head too
    const extras = checkExtras(
      form,
      { [sector!.id]: sector!.options[1]!.id },
      { arrivalDate: '2027-06-14', arrivalTime: '09:10', arrivalPlace: 'CGQ', pickup: true },
      'association',
    );
    if (!extras.ok) throw new Error(JSON.stringify(extras.fields));
    const result = await registerDelegation(
      t.db,
      slug,
      'en',
      parse(delegate(2)),
      delegationSchema.parse({
        name: 'Busan delegation',
        organization: 'Busan Chamber',
        country: 'KR',
        members: [{ familyName: 'Lee', givenName: 'Jun', latinFamilyName: 'Lee', latinGivenName: 'Jun', locale: 'ko' }],
      }),
      {},
      extras.value,
    );
    if (result.kind !== 'registered') throw new Error(result.kind);
    const [head] = await t.db.select().from(registrations).where(eq(registrations.email, 'delegate2@example.org'));
    expect((await answersOf(t.db, [head!.id])).get(head!.id)).toEqual({ [sector!.id]: sector!.options[1]!.id });
    expect((await loadMailContext(t.db, head!.id))!.travel).toMatchObject({ arrivalPlace: 'CGQ', pickup: true });
  });

  it('checks in the present members of a delegation in one action: confirmed ones only, once, on the record', async () => {
    const actor = (await createOrganizer(t.db, {
      email: `door-${randomUUID()}@example.org`,
      name: 'Door',
      password: 'correct horse battery staple',
      role: 'checkin',
    }))!;
    const d = await delegationOnVisits(t, true);
    const [head, sato, petrova, lee] = d.members;
    await approveDelegation(t.db, actor, d.delegationId, [head!.id, sato!.id, petrova!.id]);
    // Lee is still pending (not let in); Petrova is not present (unticked).
    expect(await checkInDelegation(t.db, actor, d.delegationId, [head!.id, sato!.id, lee!.id])).toBe(2);
    expect(await checkInDelegation(t.db, actor, d.delegationId, [head!.id, sato!.id])).toBe(0);
    const rows = await t.db.select().from(registrations).where(eq(registrations.delegationId, d.delegationId)).orderBy(asc(registrations.createdAt));
    expect(rows.map((r) => r.checkedInAt !== null)).toEqual([true, true, false, false]);
    const audit = await t.db
      .select()
      .from(auditEntries)
      .where(and(eq(auditEntries.entityId, d.delegationId), eq(auditEntries.action, 'delegation.check-in')));
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toEqual({ checkedIn: [head!.reference, sato!.reference] });
  });
});
