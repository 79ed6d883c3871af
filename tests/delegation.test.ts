import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, cancelDelegation, cancelMember, changeMemberVisits } from '@/db/queries/delegation-changes';
import { registerDelegation } from '@/db/queries/delegation-register';
import { loadManagedDelegation } from '@/db/queries/delegations';
import { registerDelegate } from '@/db/queries/registrations';
import { auditEntries, events, outboundEmails, registrationVisits, registrations, visits } from '@/db/schema';
import type { DelegationOverflow } from '@/lib/domain';
import { delegationSchema, type MemberInput, memberSchema } from '@/lib/validations/delegation';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const member = (n: number, extra: Partial<MemberInput> = {}): MemberInput => ({
  familyName: '佐藤',
  givenName: `花子${n}`,
  latinFamilyName: 'Sato',
  latinGivenName: 'Hanako',
  locale: 'ja',
  ...extra,
});
const group = (members: MemberInput[]) => delegationSchema.parse({ name: 'Niigata delegation', organization: 'Niigata Prefecture', country: 'JP', members });

async function eventWith(t: TestDatabase, capacity: number, rule: DelegationOverflow, visitCaps: number[] = []) {
  const e = await openEvent(t.db, { capacity, visits: visitCaps });
  await t.db.update(events).set({ delegationOverflow: rule }).where(eq(events.id, e.id));
  const vs = await t.db.select().from(visits).where(eq(visits.eventId, e.id));
  return { ...e, visitIds: vs.map((v) => v.id) };
}

describe.each(drivers)('delegations [%s]', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
  });
  afterAll(() => t.close());

  it('a delegation larger than the seats left: all wait-listed by default, or seats for the first members', async () => {
    for (const [rule, expected] of [
      ['waitlistAll', ['waitlisted', 'waitlisted', 'waitlisted']],
      ['fillThenWaitlist', ['confirmed', 'confirmed', 'waitlisted']],
    ] as const) {
      const e = await eventWith(t, 3, rule);
      await registerDelegate(t.db, e.slug, 'en', parse(delegate(1)));
      const result = await registerDelegation(t.db, e.slug, 'zh', parse(delegate(2)), group([member(1), member(2)]));
      expect(result).toMatchObject({ kind: 'registered', statuses: expected });
    }
  });

  it('each member with an address gets a confirmation in their own language; the head one summary; no address, no e-mail', async () => {
    const e = await eventWith(t, 20, 'waitlistAll', [1]);
    const result = await registerDelegation(
      t.db,
      e.slug,
      'zh',
      parse(delegate(10, { visitIds: [e.visitIds[0]!] })),
      group([
        member(1, { locale: 'ja', email: 'ja@example.org', visitIds: [e.visitIds[0]!] }),
        member(2, { locale: 'ru', email: 'ru@example.org' }),
        member(3, { locale: 'ko' }),
      ]),
    );
    if (result.kind !== 'registered') throw new Error(result.kind);
    const mails = await t.db
      .select()
      .from(outboundEmails)
      .innerJoin(registrations, eq(registrations.id, outboundEmails.registrationId))
      .where(eq(registrations.delegationId, result.delegationId));
    expect(mails.map((m) => [m.outbound_emails.kind, m.outbound_emails.locale, m.outbound_emails.toAddress]).sort()).toEqual([
      ['confirmation', 'ja', 'ja@example.org'],
      ['confirmation', 'ru', 'ru@example.org'],
      ['delegationSummary', 'zh', 'delegate10@example.org'],
    ]);
    // One visit seat, two who want it: the rule keeps the delegation together, both wait for it.
    const seats = await t.db.select().from(registrationVisits).where(eq(registrationVisits.visitId, e.visitIds[0]!));
    expect(seats.map((s) => s.status)).toEqual(['waitlisted', 'waitlisted']);
    // A member already registered on their own is named beside their field.
    const again = await registerDelegation(t.db, e.slug, 'en', parse(delegate(11)), group([member(4, { email: 'RU@example.org' })]));
    expect(again).toEqual({ kind: 'email-taken', paths: ['members.0.email'] });
  });

  it('the head page: add, change visits, cancel a member (the wait list moves up), cancel all', async () => {
    const e = await eventWith(t, 3, 'fillThenWaitlist', [5]);
    const result = await registerDelegation(t.db, e.slug, 'ru', parse(delegate(20)), group([member(1), member(2, { email: 'm2@example.org' })]));
    if (result.kind !== 'registered') throw new Error(result.kind);
    const waiting = await registerDelegate(t.db, e.slug, 'en', parse(delegate(21)));
    expect(waiting).toMatchObject({ status: 'waitlisted' });
    const added = await addMember(t.db, result.token, memberSchema.parse(member(3, { locale: 'ko' })));
    expect(added.kind).toBe('ok');
    let page = await loadManagedDelegation(t.db, result.token, 'ru');
    expect(page!.members.map((m) => m.status)).toEqual(['confirmed', 'confirmed', 'confirmed', 'waitlisted']);
    const second = page!.members[2]!;
    expect(await changeMemberVisits(t.db, result.token, second.id, [e.visitIds[0]!])).toEqual({ kind: 'ok' });
    expect(await cancelMember(t.db, result.token, page!.members[1]!.id)).toEqual({ kind: 'ok' });
    // The freed seat goes to the first in line: the individual who came before the added member.
    const [promoted] = await t.db
      .select()
      .from(registrations)
      .where(eq(registrations.id, waiting.kind === 'registered' ? waiting.registrationId : ''));
    expect(promoted!.status).toBe('confirmed');
    page = await loadManagedDelegation(t.db, result.token, 'ru');
    expect(page!.members[2]!.visits).toEqual([{ visitId: e.visitIds[0], status: 'confirmed' }]);
    // The head cannot be cancelled alone, only with the delegation.
    expect(await cancelMember(t.db, result.token, page!.members[0]!.id)).toEqual({ kind: 'not-found' });
    expect(await cancelDelegation(t.db, result.token)).toEqual({ kind: 'ok' });
    expect(await loadManagedDelegation(t.db, result.token, 'ru')).toBeNull();
    const left = await t.db.$count(registrations, and(eq(registrations.delegationId, result.delegationId), eq(registrations.status, 'cancelled')));
    expect(left).toBe(4);
    expect(await t.db.$count(registrations, and(eq(registrations.eventId, e.id), eq(registrations.status, 'confirmed')))).toBe(1);
    // Each change made is on the record, written with it; the refused one is not.
    const log = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, result.delegationId));
    expect(log.map((entry) => [entry.action, (entry.after as { action: string }).action])).toEqual([
      ['delegation.self-change', 'add'],
      ['delegation.self-change', 'visits'],
      ['delegation.self-change', 'cancelMember'],
      ['delegation.self-change', 'cancel'],
    ]);
  });

  it('delegations racing individuals: never oversold, each delegation whole or wait-listed, visits too', async () => {
    const e = await eventWith(t, 30, 'waitlistAll', [12]);
    const visitIds = [e.visitIds[0]!];
    const jobs = [
      ...Array.from(
        { length: 3 },
        (_, d) => () =>
          registerDelegation(
            t.db,
            e.slug,
            'ja',
            parse(delegate(100 + d, { visitIds })),
            group(Array.from({ length: 9 }, (_, m) => member(m, { email: `d${d}m${m}@example.org`, visitIds }))),
          ),
      ),
      ...Array.from({ length: 40 }, (_, n) => () => registerDelegate(t.db, e.slug, 'en', parse(delegate(200 + n, { visitIds })))),
    ].sort(() => Math.random() - 0.5);
    const results = await Promise.all(jobs.map((job) => job()));
    expect(results.every((r) => r.kind === 'registered')).toBe(true);
    const rows = await t.db.select().from(registrations).where(eq(registrations.eventId, e.id));
    expect(rows).toHaveLength(70);
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(30);
    for (const id of new Set(rows.map((r) => r.delegationId).filter(Boolean))) {
      expect(new Set(rows.filter((r) => r.delegationId === id).map((m) => m.status)).size).toBe(1);
    }
    const seats = await t.db.select().from(registrationVisits).where(eq(registrationVisits.visitId, visitIds[0]!));
    expect(seats.filter((s) => s.status === 'confirmed').length).toBeLessThanOrEqual(12);
    expect(seats).toHaveLength(70);
  });

  it('a resubmitted delegation form is the same delegation', async () => {
    const e = await eventWith(t, 30, 'waitlistAll');
    const head = parse(delegate(300, { idempotencyKey: randomUUID() }));
    const [a, b] = await Promise.all([1, 2].map(() => registerDelegation(t.db, e.slug, 'en', head, group([member(1)]))));
    expect(a!.kind === 'registered' && b!.kind === 'registered' && a!.delegationId === b!.delegationId).toBe(true);
    expect(await t.db.$count(registrations, eq(registrations.eventId, e.id))).toBe(2);
  });
});
