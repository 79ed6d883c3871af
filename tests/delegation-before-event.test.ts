import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveAnnouncement, sendAnnouncement } from '@/db/queries/announcements';
import { countAudience } from '@/db/queries/audiences';
import { createOrganizer } from '@/db/queries/auth';
import { badgeRows } from '@/db/queries/badges';
import { changeMemberTravel } from '@/db/queries/delegation-changes';
import { registerDelegation } from '@/db/queries/delegation-register';
import { arrivalRows, markArrivalsPrinted } from '@/db/queries/travel';
import { eventFormSettings, events, outboundEmails, registrations } from '@/db/schema';
import { announcementSchema } from '@/lib/announcements';
import { changedSincePrint } from '@/lib/arrival-groups';
import { delegationSchema, type MemberInput } from '@/lib/validations/delegation';
import { travelSchema } from '@/lib/validations/travel';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const member = (n: number, extra: Partial<MemberInput> = {}): MemberInput => ({
  familyName: '佐藤',
  givenName: `花子${n}`,
  latinFamilyName: 'Sato',
  latinGivenName: `Hanako ${'ABCD'[n - 1]}`,
  locale: 'ja',
  ...extra,
});

describe.each(drivers)('a delegation before the event (#16) [%s]', (driver) => {
  let t: TestDatabase;
  let organizerId: string;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    organizerId = (await createOrganizer(t.db, { email: `org-d16-${driver}@example.org`, name: 'Org', password: 'a-long-test-password', role: 'organizer' }))!;
  });
  afterAll(() => t.close());

  /** An event asking for travel, a delegation (head in Chinese; ja and ru with their own address; ko through the head) and one other. */
  async function setUp() {
    const e = await openEvent(t.db, { capacity: 20 });
    await t.db.insert(eventFormSettings).values({ eventId: e.id, asksTravel: true });
    const run = randomUUID().slice(0, 8);
    const group = (name: string, members: MemberInput[]) => delegationSchema.parse({ name, organization: 'Niigata Prefecture', country: 'JP', members });
    const ours = await registerDelegation(
      t.db,
      e.slug,
      'zh',
      parse(delegate(1, { email: `head-${run}@example.org` })),
      group(`Niigata ${run}`, [
        member(1, { locale: 'ja', email: `ja-${run}@example.org` }),
        member(2, { locale: 'ru', email: `ru-${run}@example.org` }),
        member(3, { locale: 'ko' }),
      ]),
    );
    const other = await registerDelegation(
      t.db,
      e.slug,
      'en',
      parse(delegate(2, { email: `other-${run}@example.org` })),
      group(`Other ${run}`, [member(4, { locale: 'ja' })]),
    );
    if (ours.kind !== 'registered' || other.kind !== 'registered') throw new Error('not registered');
    const rows = await t.db.select().from(registrations).where(eq(registrations.delegationId, ours.delegationId));
    const by = (locale: string) => rows.find((r) => r.locale === locale)!;
    return { e, run, ours, other, by, otherMember: (await t.db.select().from(registrations).where(eq(registrations.delegationId, other.delegationId)))[1]! };
  }

  it('an announcement to one delegation reaches each member once in their language; members without an address through one copy to the head', async () => {
    const { e, run, ours } = await setUp();
    const audience = { kind: 'delegation' as const, value: ours.delegationId };
    expect(await countAudience(t.db, e.id, audience)).toBe(3);
    // Everyone: both heads, ja, ru, and no second copy to either head for the members reached through them.
    expect(await countAudience(t.db, e.id, { kind: 'all', value: null })).toBe(4);
    const saved = await saveAnnouncement(
      t.db,
      {
        eventId: e.id,
        idempotencyKey: randomUUID(),
        sourceLocale: 'en',
        audience,
        subject: { en: 'Bus at 8:00', ja: '8時にバス' },
        body: { en: 'Meet in the lobby.', ja: 'ロビーに集合。' },
      },
      organizerId,
    );
    if (saved.kind !== 'saved') throw new Error(saved.kind);
    expect(await sendAnnouncement(t.db, e.id, saved.id, organizerId)).toEqual({ sent: true, recipients: 3 });
    const sent = await t.db.select().from(outboundEmails).where(eq(outboundEmails.kind, 'announcement'));
    expect(
      sent
        .filter((m) => m.toAddress.endsWith(`-${run}@example.org`))
        .map((m) => [m.toAddress, m.locale])
        .sort(),
    ).toEqual([
      [`head-${run}@example.org`, 'zh'],
      [`ja-${run}@example.org`, 'ja'],
      [`ru-${run}@example.org`, 'ru'],
    ]);
  });

  it('the form asks for the delegation when that audience is chosen', () => {
    const base = { eventId: randomUUID(), idempotencyKey: randomUUID(), sourceLocale: 'en', subject_en: 'S', body_en: 'B', audienceKind: 'delegation' };
    const refused = announcementSchema.safeParse({ ...base, delegationId: '' });
    expect(refused.success ? [] : refused.error.issues.map((i) => [i.path[0], i.message])).toEqual([['delegationId', 'chooseDelegation']]);
    expect(announcementSchema.safeParse({ ...base, delegationId: randomUUID() }).success).toBe(true);
  });

  it('badges for one delegation are its confirmed members only', async () => {
    const { e, ours } = await setUp();
    const rows = await badgeRows(t.db, e.id, { filter: { delegation: ours.delegationId } });
    expect(rows.map((r) => r.latinGivenName).sort()).toEqual(['HANAKO A', 'HANAKO B', 'HANAKO C', 'MINJUN']);
  });

  it('the head gives a member’s arrival: it shows on the board, marked when changed after printing; not for another delegation’s member, not after the deadline', async () => {
    const { e, ours, by, otherMember } = await setUp();
    const travel = travelSchema.parse({ arrivalDate: '2027-10-11', arrivalTime: '09:10', arrivalCarrier: 'ca 1611', arrivalPlace: 'CGQ', pickup: true });
    expect(await changeMemberTravel(t.db, ours.token, by('ko').id, travel)).toMatchObject({ kind: 'ok' });
    const board = await arrivalRows(t.db, e.id);
    expect(board.map((r) => [r.id, r.travel.arrivalCarrier])).toEqual([[by('ko').id, 'CA 1611']]);
    expect(await changeMemberTravel(t.db, ours.token, otherMember.id, travel)).toEqual({ kind: 'not-found' });

    const printedAt = await markArrivalsPrinted(t.db, organizerId, e.id);
    const marked = async () => (await arrivalRows(t.db, e.id)).map((r) => changedSincePrint({ ...r.travel, id: r.id }, printedAt));
    await new Promise((r) => setTimeout(r, 5));
    expect(await marked()).toEqual([false]);
    await changeMemberTravel(t.db, ours.token, by('ko').id, { ...travel, arrivalTime: '10:40' });
    expect(await marked()).toEqual([true]);

    await t.db
      .update(events)
      .set({ registrationClosesAt: new Date(Date.now() - 1000) })
      .where(eq(events.id, e.id));
    expect(await changeMemberTravel(t.db, ours.token, by('ko').id, travel)).toEqual({ kind: 'closed' });
  });
});
