import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createOrganizer, openSession, sessionOrganizer } from '@/db/queries/auth';
import { decide } from '@/db/queries/decisions';
import { registerDelegate } from '@/db/queries/registrations';
import { outboundEmails, registrations } from '@/db/schema';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

// The database and every check are real; only the signed-in account is chosen by the test.
const current = vi.hoisted(() => ({ db: null as unknown, organizer: null as unknown }));
vi.mock('@/db/client', () => ({ getDb: async () => current.db }));
vi.mock('@/server/revalidate', () => ({ revalidatePublic: () => undefined }));
vi.mock('@/server/auth/session', () => ({
  currentOrganizer: async () => current.organizer,
  adminPage: async () => {
    throw new Error('not for route handlers');
  },
  SESSION_COOKIE: 'portal_session',
}));

const origin = 'http://localhost:3000';
/** What a browser sends for a plain `<form method="post">` on a back-office page in `locale`. */
const form = (fields: Record<string, string | string[]>, locale = 'ko') =>
  new Request(`${origin}/api/admin/x`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, Referer: `${origin}/${locale}/admin`, Accept: 'text/html' },
    body: new URLSearchParams(Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))),
  });
const json = (body: unknown) =>
  new Request(`${origin}/api/admin/x`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, Accept: 'application/json' },
    body: JSON.stringify(body),
  });
/** Where the browser is sent: the path and the query it will read, as an object. */
const landing = (response: Response) => {
  expect(response.status).toBe(303);
  const url = new URL(response.headers.get('location')!, origin);
  return { path: url.pathname, query: Object.fromEntries(url.searchParams) };
};

describe.each(drivers)('plain back-office forms come back saying what happened [%s]', (driver) => {
  let t: TestDatabase;
  let admin: unknown;
  let event = { id: '', slug: '' };
  const people: { id: string; email: number }[] = [];

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    current.db = t.db;
    event = await openEvent(t.db, { approval: true });
    for (const n of [1, 2, 3]) {
      await registerDelegate(t.db, event.slug, 'en', parse(delegate(n)));
      const [r] = await t.db
        .select()
        .from(registrations)
        .where(eq(registrations.email, `delegate${n}@example.org`));
      const [mail] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, r!.id));
      people.push({ id: r!.id, email: mail!.id });
    }
    const adminId = (await createOrganizer(t.db, { email: 'admin@example.org', name: 'Admin', password: 'x'.repeat(16), role: 'admin' }))!;
    admin = await sessionOrganizer(t.db, await openSession(t.db, adminId, { awaitingSecondFactor: false, secondFactor: false }));
  });
  afterAll(() => t.close());
  beforeEach(() => {
    current.organizer = admin;
  });

  it('publishing an event cancelled meanwhile says it cannot be (it was a silent 409)', async () => {
    const { POST } = await import('@/app/api/admin/events/status/route');
    const returnTo = `/ja/admin/events/${event.id}/edit`;
    const other = await openEvent(t.db);
    expect(landing(await POST(form({ id: other.id, action: 'cancel', returnTo })))).toEqual({ path: returnTo, query: { status: 'cancel' } });
    expect(landing(await POST(form({ id: other.id, action: 'publish', returnTo })))).toEqual({ path: returnTo, query: { status: 'cancelledIsFinal' } });
    const answer = await POST(json({ id: other.id, action: 'publish' }));
    expect(answer.status).toBe(409); // JSON callers as before
    expect(await answer.json()).toEqual({ error: 'cancelledIsFinal' });
  });

  it('retrying an e-mail that is no longer failed says so; a retry and a resend say they are queued', async () => {
    const { POST: retry } = await import('@/app/api/admin/retry-email/route');
    const { POST: resend } = await import('@/app/api/admin/resend/route');
    const returnTo = `/ko/admin/emails/${people[0]!.email}`;
    expect(landing(await retry(form({ id: String(people[0]!.email), returnTo }))).query).toEqual({ result: 'notFailed' });
    await t.db.update(outboundEmails).set({ status: 'failed' }).where(eq(outboundEmails.id, people[0]!.email));
    expect(landing(await retry(form({ id: String(people[0]!.email), returnTo }))).query).toEqual({ result: 'retried' });
    expect(landing(await resend(form({ emailId: String(people[0]!.email), returnTo }))).query).toEqual({ result: 'resent' });
    const [loose] = await t.db.insert(outboundEmails).values({ kind: 'test', locale: 'en', toAddress: 'x@example.org' }).returning();
    expect(landing(await resend(form({ emailId: String(loose!.id), returnTo: `/ko/admin/emails/${loose!.id}` }))).query).toEqual({ result: 'notResent' });
    expect((await resend(json({ emailId: loose!.id }))).status).toBe(404);
  });

  it('approving ticked registrations of which one was decided meanwhile says how many were approved', async () => {
    const { POST } = await import('@/app/api/admin/bulk-approve/route');
    const returnTo = `/zh/admin/events/${event.id}`;
    expect((await decide(t.db, null as unknown as string, people[1]!.id, 'reject')).kind).toBe('ok');
    const back = landing(await POST(form({ ids: [people[0]!.id, people[1]!.id], returnTo })));
    expect(back).toEqual({ path: returnTo, query: { result: 'partial', approved: '1', of: '2' } });
    expect(landing(await POST(form({ ids: [people[1]!.id], returnTo }))).query).toMatchObject({ result: 'not-allowed' });
  });

  it("an address another registration of the event uses is named as the reason, not as 'check the form'", async () => {
    const { POST } = await import('@/app/api/admin/registration-edit/route');
    const returnTo = `/ru/admin/registrations/${people[2]!.id}`;
    const change = { id: people[2]!.id, organization: 'Busan Chamber of Commerce', phone: '+82 51 123 4567', returnTo };
    expect(landing(await POST(form({ ...change, email: 'delegate1@example.org' }))).query).toEqual({ result: 'email-taken' });
    // A registration no longer active is shown on its page: the words are 'not possible now', not 'no longer exists'.
    expect(landing(await POST(form({ ...change, id: people[1]!.id, email: 'delegate2@example.org' }))).query).toEqual({ result: 'not-allowed' });
    expect(landing(await POST(form({ ...change, email: 'delegate3@example.org' }))).query).toEqual({ result: 'ok' });
  });

  it('saving reminders and the second-factor switch say they were saved (they came back with no word)', async () => {
    const { POST: reminders } = await import('@/app/api/admin/reminders/route');
    const returnTo = `/en/admin/events/${event.id}/reminders`;
    expect(landing(await reminders(form({ eventId: event.id, hoursBefore: '48, 2', eveningHour: '18', returnTo })))).toEqual({
      path: returnTo,
      query: { result: 'saved' },
    });
    const { POST: secondFactor } = await import('@/app/api/admin/accounts/second-factor/route');
    expect(landing(await secondFactor(form({ action: 'require', returnTo: '/ja/admin/accounts' }))).query).toEqual({ result: 'done' });
  });

  it('a plain form the gate refuses goes to the page that says why, in its language; JSON callers get JSON', async () => {
    const { POST: decideRoute } = await import('@/app/api/admin/decide/route');
    const fields = { id: people[2]!.id, decision: 'approve', returnTo: `/ja/admin/registrations/${people[2]!.id}` };
    current.organizer = null; // the session ended while the page was open
    expect(landing(await decideRoute(form(fields, 'ja')))).toEqual({ path: '/ja/admin/sign-in', query: { error: 'signedOut' } });
    expect((await decideRoute(json(fields))).status).toBe(401);
    current.organizer = { ...(admin as object), role: 'checkin' };
    expect(landing(await decideRoute(form(fields, 'ru')))).toEqual({ path: '/ru/admin/forbidden', query: { what: 'action' } });
    current.organizer = { ...(admin as object), mustChangePassword: true };
    expect(landing(await decideRoute(form(fields, 'zh'))).path).toBe('/zh/admin/password');
    current.organizer = { ...(admin as object), needsStepUp: true };
    const { POST: manage } = await import('@/app/api/admin/accounts/manage/route');
    expect(landing(await manage(form({ action: 'disable', id: people[0]!.id, returnTo: '/ko/admin/accounts' }, 'ko'))).path).toBe('/ko/admin/security');
    const [still] = await t.db.select().from(registrations).where(eq(registrations.id, people[2]!.id));
    expect(still!.status).toBe('pending'); // nothing was done
  });

  it('an export refused from the event page opens the page that says why, not a failed download', async () => {
    const { GET } = await import('@/app/api/admin/export/route');
    current.organizer = null;
    const from = new Request(`${origin}/api/admin/export?event=${event.id}&format=csv&lang=ko&returnTo=/ko/admin/events/${event.id}`);
    expect(landing(await GET(from))).toEqual({ path: '/ko/admin/sign-in', query: { error: 'signedOut' } });
    expect((await GET(new Request(`${origin}/api/admin/export?event=${event.id}&format=csv`))).status).toBe(401);
    current.organizer = admin;
    const file = await GET(from);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain('attachment');
  });
});
