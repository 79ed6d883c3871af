import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { claimAccessCode, issueAccessCode, listAccessCodes, revokeAccessCode } from '@/db/queries/access-codes';
import { registerDelegate } from '@/db/queries/registrations';
import { events, registrations } from '@/db/schema';
import type { Database } from '@/db/types';
import { formatCode, newAccessCode, normalizeAccessCode, wellFormedCode } from '@/lib/access-code';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

// The registration route runs for real against the test database.
const current = vi.hoisted(() => ({ db: null as unknown }));
vi.mock('@/db/client', () => ({ getDb: async () => current.db }));
vi.mock('@/server/revalidate', () => ({ revalidatePublic: () => undefined })); // no Next cache outside a server

async function inviteOnlyEvent(db: Database, options: { capacity?: number } = {}) {
  const event = await openEvent(db, options);
  await db.update(events).set({ inviteOnly: true }).where(eq(events.id, event.id));
  return event;
}

describe('access codes: shape', () => {
  it('are twelve characters without look-alikes, typed back in any spacing or case', () => {
    const codes = Array.from({ length: 200 }, newAccessCode);
    expect(new Set(codes).size).toBe(200);
    expect(codes.every(wellFormedCode)).toBe(true);
    expect(codes.join('')).not.toMatch(/[01ILOU]/);
    const code = codes[0]!;
    expect(formatCode(code)).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(normalizeAccessCode(` ${formatCode(code).toLowerCase()} `)).toBe(code);
  });
});

describe.each(drivers)('invitation-only registration [%s]', (driver) => {
  let t: TestDatabase;
  const actor = null as unknown as string; // issued by no account in these tests
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    current.db = t.db;
  });
  afterAll(() => t.close());

  it("needs a code, refuses a wrong or another event's code, and counts a good one against its quota", async () => {
    const { id, slug } = await inviteOnlyEvent(t.db);
    const other = await inviteOnlyEvent(t.db);
    const code = (await issueAccessCode(t.db, actor, { eventId: id, organization: 'Niigata Chamber', quota: 2, maxDelegationSize: null }))!;
    const foreign = (await issueAccessCode(t.db, actor, { eventId: other.id, organization: 'Other', quota: 5, maxDelegationSize: null }))!;
    expect(await registerDelegate(t.db, slug, 'ja', parse(delegate(1)))).toEqual({ kind: 'access', problem: 'required' });
    expect(await registerDelegate(t.db, slug, 'ja', parse(delegate(1)), { code: 'ABCD-EFGH-JKMN' })).toEqual({ kind: 'access', problem: 'invalid' });
    expect(await registerDelegate(t.db, slug, 'ja', parse(delegate(1)), { code: foreign.code })).toEqual({ kind: 'access', problem: 'invalid' });
    const ok = await registerDelegate(t.db, slug, 'ja', parse(delegate(1)), { code: formatCode(code.code).toLowerCase() });
    expect(ok).toMatchObject({ kind: 'registered', status: 'confirmed' });
    const [row] = await t.db.select().from(registrations).where(eq(registrations.eventId, id));
    expect(row!.accessCodeId).toBe(code.id);
    await registerDelegate(t.db, slug, 'ja', parse(delegate(2)), { code: code.code });
    expect(await registerDelegate(t.db, slug, 'ja', parse(delegate(3)), { code: code.code })).toEqual({ kind: 'access', problem: 'exhausted' });
    expect((await listAccessCodes(t.db, id))[0]).toMatchObject({ organization: 'Niigata Chamber', used: 2, quota: 2 });
  });

  it('a cancelled registration gives its place on the quota back', async () => {
    const { id, slug } = await inviteOnlyEvent(t.db);
    const code = (await issueAccessCode(t.db, actor, { eventId: id, organization: 'Vladivostok', quota: 1, maxDelegationSize: null }))!;
    await registerDelegate(t.db, slug, 'ru', parse(delegate(1)), { code: code.code });
    await t.db.update(registrations).set({ status: 'cancelled' }).where(eq(registrations.eventId, id));
    expect(await registerDelegate(t.db, slug, 'ru', parse(delegate(2)), { code: code.code })).toMatchObject({ kind: 'registered' });
  });

  it('a revoked code stops new registrations and keeps the ones it let in', async () => {
    const { id, slug } = await inviteOnlyEvent(t.db);
    const code = (await issueAccessCode(t.db, actor, { eventId: id, organization: 'Busan', quota: 10, maxDelegationSize: null }))!;
    await registerDelegate(t.db, slug, 'ko', parse(delegate(1)), { code: code.code });
    expect(await revokeAccessCode(t.db, actor, id, code.id)).toBe(true);
    expect(await revokeAccessCode(t.db, actor, id, code.id)).toBe(false);
    expect(await registerDelegate(t.db, slug, 'ko', parse(delegate(2)), { code: code.code })).toEqual({ kind: 'access', problem: 'revoked' });
    expect(await t.db.$count(registrations, eq(registrations.eventId, id))).toBe(1);
  });

  it('a delegation larger than the code allows is refused, one that fits is not', async () => {
    const { id } = await inviteOnlyEvent(t.db);
    const code = (await issueAccessCode(t.db, actor, { eventId: id, organization: 'Ulaanbaatar', quota: 10, maxDelegationSize: 4 }))!;
    const claim = (size: number) => t.db.transaction((tx) => claimAccessCode(tx, id, code.code, size));
    expect(await claim(5)).toEqual({ ok: false, problem: 'tooLarge' });
    expect(await claim(4)).toEqual({ ok: true, id: code.id });
    expect(await claim(11)).toEqual({ ok: false, problem: 'tooLarge' });
  });

  it('an event that is not invitation-only ignores codes', async () => {
    const { slug } = await openEvent(t.db);
    expect(await registerDelegate(t.db, slug, 'en', parse(delegate(1)), { code: 'nonsense' })).toMatchObject({ kind: 'registered' });
  });

  it('40 delegates racing for a quota of 7: exactly 7 get in, the rest are told the places are taken', async () => {
    const { id, slug } = await inviteOnlyEvent(t.db, { capacity: 100 });
    const code = (await issueAccessCode(t.db, actor, { eventId: id, organization: 'Harbin', quota: 7, maxDelegationSize: null }))!;
    const results = await Promise.all(Array.from({ length: 40 }, (_, n) => registerDelegate(t.db, slug, 'zh', parse(delegate(100 + n)), { code: code.code })));
    expect(results.filter((r) => r.kind === 'registered')).toHaveLength(7);
    expect(results.filter((r) => r.kind === 'access' && r.problem === 'exhausted')).toHaveLength(33);
    expect(await t.db.$count(registrations, eq(registrations.accessCodeId, code.id))).toBe(7);
  });

  it('the form endpoint answers each problem with its key, and stops looking codes up after five wrong ones', async () => {
    const { POST } = await import('@/app/api/events/[slug]/registrations/route');
    const { id, slug } = await inviteOnlyEvent(t.db);
    const code = (await issueAccessCode(t.db, actor, { eventId: id, organization: 'Seoul', quota: 1, maxDelegationSize: null }))!;
    const ip = `198.51.100.${driver === 'pglite' ? 1 : 2}`;
    const send = (n: number, accessCode?: string) =>
      POST(
        new Request(`http://localhost:3000/api/events/${slug}/registrations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:3000', 'X-Forwarded-For': ip },
          body: JSON.stringify({ ...delegate(n), locale: 'ko', accessCode }),
        }),
        { params: Promise.resolve({ slug }) },
      );
    const answer = async (response: Response) => ({ ...(await response.json()), http: response.status });
    expect(await answer(await send(1))).toMatchObject({ http: 403, error: 'accessCode', problem: 'required' });
    expect(await answer(await send(1, code.code))).toMatchObject({ http: 201, ok: true }); // the same answer whatever happened (finding 11); the quota below shows it counted
    expect(await answer(await send(2, code.code))).toMatchObject({ http: 409, problem: 'exhausted' });
    for (let i = 0; i < 5; i++) expect(await answer(await send(3, `WRONG${i}WRONG${i}`))).toMatchObject({ http: 403, problem: 'invalid' });
    const blocked = await answer(await send(4, code.code));
    expect(blocked).toMatchObject({ http: 429, error: 'accessCode', problem: 'tooManyAttempts' });
    expect(blocked.retryAfter).toBeGreaterThan(0);
  });
});
