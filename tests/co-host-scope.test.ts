import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveAnnouncement } from '@/db/queries/announcements';
import { createOrganizer, openSession, sessionOrganizer } from '@/db/queries/auth';
import { setCoHostEvents } from '@/db/queries/co-hosts';
import { requestLetterLater } from '@/db/queries/letters';
import { eventsWithLetters, listLetters } from '@/db/queries/letters-read';
import { listEmails } from '@/db/queries/mail';
import { registerDelegate } from '@/db/queries/registrations';
import { announcements, outboundEmails, registrations, visits } from '@/db/schema';
import { targetAllowed } from '@/server/auth/scope';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

// The database is real and so is every check; only the signed-in account is chosen by the test.
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
const post = (body: unknown) =>
  new Request(`${origin}/api/admin/x`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, Accept: 'application/json' },
    body: JSON.stringify(body),
  });
const get = (path: string) => new Request(`${origin}${path}`);

describe.each(drivers)('co-host accounts see only their events [%s]', (driver) => {
  let t: TestDatabase;
  const own = { event: '', registration: '', email: 0, announcement: '' };
  const other = { event: '', registration: '', email: 0, announcement: '' };
  let coHostId = '';

  beforeAll(async () => {
    t = await openTestDatabase(driver);
    current.db = t.db;
    for (const [n, side] of [
      [1, own],
      [2, other],
    ] as const) {
      const { id, slug } = await openEvent(t.db, { approval: true });
      await registerDelegate(t.db, slug, 'en', parse(delegate(n)));
      const [r] = await t.db.select().from(registrations).where(eq(registrations.eventId, id));
      const [mail] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, r!.id));
      Object.assign(side, { event: id, registration: r!.id, email: mail!.id });
    }
    coHostId = (await createOrganizer(t.db, { email: 'partner@example.org', name: 'Partner Chamber', password: 'x'.repeat(16), role: 'cohost' }))!;
    expect(await setCoHostEvents(t.db, coHostId, coHostId, [own.event])).toBe(true);
    // A draft announcement in each event, for the announcement routes.
    for (const side of [own, other]) {
      const saved = await saveAnnouncement(
        t.db,
        {
          eventId: side.event,
          idempotencyKey: randomUUID(),
          sourceLocale: 'en',
          subject: { en: 'Draft' },
          body: { en: 'Body' },
          audience: { kind: 'all', value: null },
        },
        coHostId,
      );
      if (saved.kind !== 'saved') throw new Error(saved.kind);
      side.announcement = saved.id;
    }
    // The session is loaded the way every request loads it: the assigned events come with it.
    current.organizer = await sessionOrganizer(t.db, await openSession(t.db, coHostId, { awaitingSecondFactor: false, secondFactor: false }));
  });
  afterAll(() => t.close());

  it('the session carries exactly the assigned events', () => {
    expect(current.organizer).toMatchObject({ role: 'cohost', eventIds: [own.event] });
  });

  /** Each back-office route, called for the other event's data: refused. Then for the co-host's own: let through. */
  const routes: { name: string; call: (side: typeof own) => Promise<Response> }[] = [
    { name: 'decide', call: async (s) => (await import('@/app/api/admin/decide/route')).POST(post({ id: s.registration, decision: 'approve' })) },
    { name: 'bulk-approve', call: async (s) => (await import('@/app/api/admin/bulk-approve/route')).POST(post({ ids: [s.registration] })) },
    { name: 'check-in', call: async (s) => (await import('@/app/api/admin/check-in/route')).POST(post({ eventId: s.event, reference: 'AAAA-BBBB' })) },
    { name: 'itineraries', call: async (s) => (await import('@/app/api/admin/itineraries/route')).POST(post({ eventId: s.event })) },
    {
      name: 'registration-edit',
      call: async (s) =>
        (await import('@/app/api/admin/registration-edit/route')).POST(
          post({
            id: s.registration,
            organization: 'Changed Org',
            email: `changed-${s.event.slice(0, 4)}@example.org`,
            phone: '+82 51 123 4567',
          }),
        ),
    },
    {
      name: 'reminders',
      call: async (s) => (await import('@/app/api/admin/reminders/route')).POST(post({ eventId: s.event, hoursBefore: '48, 2', eveningHour: '18' })),
    },
    {
      name: 'announcements (save)',
      call: async (s) =>
        (await import('@/app/api/admin/announcements/route')).POST(
          post({
            eventId: s.event,
            idempotencyKey: randomUUID(),
            sourceLocale: 'en',
            audienceKind: 'all',
            subject_en: 'Bus at 8:00',
            body_en: 'Meet in the lobby.',
          }),
        ),
    },
    {
      name: 'announcements (send)',
      call: async (s) => (await import('@/app/api/admin/announcements/send/route')).POST(post({ id: s.announcement, eventId: s.event })),
    },
    { name: 'resend', call: async (s) => (await import('@/app/api/admin/resend/route')).POST(post({ emailId: s.email })) },
    { name: 'retry-email', call: async (s) => (await import('@/app/api/admin/retry-email/route')).POST(post({ id: s.email })) },
    { name: 'search (GET)', call: async (s) => (await import('@/app/api/admin/search/route')).GET(get(`/api/admin/search?event=${s.event}&q=Kim`)) },
    {
      name: 'export (GET)',
      call: async (s) => (await import('@/app/api/admin/export/route')).GET(get(`/api/admin/export?event=${s.event}&format=csv&lang=en`)),
    },
  ];
  for (const route of routes) {
    it(`${route.name}: refused for another event, let through for its own`, async () => {
      const refused = await route.call(other);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toEqual({ error: 'forbidden' });
      expect((await route.call(own)).status).not.toBe(403);
    });
  }

  it("a plain form for another event's data goes to the page that says it is not allowed, in the page's language", async () => {
    const { POST } = await import('@/app/api/admin/decide/route');
    const plain = new Request(`${origin}/api/admin/decide`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
      body: new URLSearchParams({ id: other.registration, decision: 'approve', returnTo: `/ko/admin/registrations/${other.registration}` }),
    });
    const refused = await POST(plain);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('location')).toBe('/ko/admin/forbidden?what=action');
  });

  it("delegations: a co-host checks in its own event's members, not another's (the route named no event, so it refused every co-host)", async () => {
    const { POST } = await import('@/app/api/admin/delegations/route');
    const delegationId = randomUUID();
    expect((await POST(post({ delegationId, action: 'checkIn', ids: [other.registration] }))).status).toBe(403);
    expect(await (await POST(post({ delegationId, action: 'checkIn', ids: [own.registration] }))).json()).toEqual({ checkedIn: 0 });
  });

  it('nothing of the other event changed', async () => {
    const [r] = await t.db.select().from(registrations).where(eq(registrations.id, other.registration));
    expect(r).toMatchObject({ status: 'pending', organization: 'Busan Chamber of Commerce' });
  });

  it("another event's announcement is neither changed nor sent through its id, nor a visit of another event chosen as audience", async () => {
    const { POST: save } = await import('@/app/api/admin/announcements/route');
    const { POST: send } = await import('@/app/api/admin/announcements/send/route');
    const draft = { eventId: own.event, idempotencyKey: randomUUID(), sourceLocale: 'en', audienceKind: 'all', subject_en: 'Changed', body_en: 'Changed' };
    expect((await save(post({ ...draft, id: other.announcement }))).status).toBe(409);
    expect((await send(post({ id: other.announcement, eventId: own.event }))).status).toBe(404);
    const [theirs] = await t.db.select().from(announcements).where(eq(announcements.id, other.announcement));
    expect(theirs).toMatchObject({ status: 'draft', subject: { en: 'Draft' }, eventId: other.event });
    expect(await t.db.$count(outboundEmails, and(eq(outboundEmails.kind, 'announcement'), eq(outboundEmails.registrationId, other.registration)))).toBe(0);
    const third = await openEvent(t.db, { visits: [5] });
    const [visit] = await t.db.select().from(visits).where(eq(visits.eventId, third.id));
    expect((await save(post({ ...draft, idempotencyKey: randomUUID(), audienceKind: 'visit', visitId: visit!.id }))).status).toBe(400);
  });

  it('one registration of another event among its own refuses the whole request', async () => {
    const { POST } = await import('@/app/api/admin/bulk-approve/route');
    expect((await POST(post({ ids: [own.registration, other.registration] }))).status).toBe(403);
    const { POST: itineraries } = await import('@/app/api/admin/itineraries/route');
    expect((await itineraries(post({ eventId: own.event, registrationId: other.registration }))).status).toBe(403);
  });

  it('routes outside attendee work are closed: events, codes, reveal, accounts, co-host assignment', async () => {
    const refused = [
      (await import('@/app/api/admin/events/route')).POST(post({})),
      (await import('@/app/api/admin/events/status/route')).POST(post({ id: own.event, action: 'cancel' })),
      (await import('@/app/api/admin/access-codes/route')).POST(post({ action: 'issue', eventId: own.event, organization: 'X', quota: 5 })),
      (await import('@/app/api/admin/reveal/route')).POST(post({ id: own.registration })),
      (await import('@/app/api/admin/accounts/route')).POST(post({})),
      (await import('@/app/api/admin/accounts/manage/route')).POST(post({ action: 'role', id: coHostId, role: 'admin' })),
      (await import('@/app/api/admin/co-hosts/route')).POST(post({ organizerId: coHostId, eventIds: [other.event] })),
      (await import('@/app/api/admin/export/route')).POST(
        new Request(`${origin}/api/admin/export`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
          body: `event=${own.event}&passport=1`,
        }),
      ),
    ];
    for (const response of await Promise.all(refused)) expect(response.status).toBe(403);
  });

  it('its own password and second factor stay its own business', async () => {
    const { POST } = await import('@/app/api/admin/password/route');
    expect((await POST(post({}))).status).toBe(400);
  });

  it('pages: the scope check refuses other events, registrations and e-mails, and e-mails that belong to nobody', async () => {
    const holder = current.organizer as Parameters<typeof targetAllowed>[1];
    expect(await targetAllowed(t.db, holder, { event: own.event })).toBe(true);
    expect(await targetAllowed(t.db, holder, { event: other.event })).toBe(false);
    expect(await targetAllowed(t.db, holder, { registrations: [other.registration] })).toBe(false);
    expect(await targetAllowed(t.db, holder, { email: own.email })).toBe(true);
    expect(await targetAllowed(t.db, holder, { email: other.email })).toBe(false);
    const [loose] = await t.db.insert(outboundEmails).values({ kind: 'test', locale: 'en', toAddress: 'x@example.org' }).returning();
    expect(await targetAllowed(t.db, holder, { email: loose!.id })).toBe(false);
    expect(await targetAllowed(t.db, holder, undefined)).toBe(false);
    expect(await targetAllowed(t.db, { role: 'organizer' }, { event: other.event })).toBe(true);
  });

  it("visa letters: the queue and the event filter hold its own events' letters only; another event's letter is neither read nor decided", async () => {
    const letter = async (registration: string) => {
      const details = {
        passportNumber: 'M1234567',
        nationality: 'KR',
        dateOfBirth: '1980-01-01',
        entryDate: '2031-05-09',
        exitDate: '2031-05-13',
        consulate: 'Busan',
      };
      const result = await requestLetterLater(t.db, registration, details);
      if (result.kind !== 'ok') throw new Error(result.kind);
      return result.letterId;
    };
    const [mine, theirs] = [await letter(own.registration), await letter(other.registration)];
    const scope = [own.event];
    expect((await listLetters(t.db, { scope }, 'en')).map((l) => l.id)).toEqual([mine]);
    expect((await eventsWithLetters(t.db, 'en', scope)).map((e) => e.id)).toEqual([own.event]);
    expect((await listLetters(t.db, { scope: null }, 'en')).map((l) => l.id).sort()).toEqual([mine, theirs].sort());
    const holder = current.organizer as Parameters<typeof targetAllowed>[1];
    expect(await targetAllowed(t.db, holder, { letter: mine })).toBe(true);
    expect(await targetAllowed(t.db, holder, { letter: theirs })).toBe(false);
    expect(await targetAllowed(t.db, holder, { letter: randomUUID() })).toBe(false);
    const { POST } = await import('@/app/api/admin/letters/route');
    expect((await POST(post({ action: 'refuse', id: theirs, reason: 'Passport expired.' }))).status).toBe(403);
    expect((await POST(post({ action: 'refuse', id: mine, reason: 'Passport expired.' }))).status).toBe(200);
  });

  it("the e-mail log lists only its registrations' e-mails; an unassigned co-host sees none", async () => {
    const mine = await listEmails(t.db, { page: 1, eventIds: [own.event] });
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((m) => m.registrationId))).toEqual(new Set([own.registration]));
    expect(await listEmails(t.db, { page: 1, eventIds: [] })).toEqual([]);
    expect((await listEmails(t.db, { page: 1 })).length).toBeGreaterThan(2);
  });

  it('assignments change only for co-host accounts, and unassigning takes the event away', async () => {
    const organizerId = (await createOrganizer(t.db, { email: 'org@example.org', name: 'Org', password: 'x'.repeat(16), role: 'organizer' }))!;
    expect(await setCoHostEvents(t.db, coHostId, organizerId, [own.event])).toBe(false);
    expect(await setCoHostEvents(t.db, coHostId, coHostId, [])).toBe(true);
    const session = await sessionOrganizer(t.db, await openSession(t.db, coHostId, { awaitingSecondFactor: false, secondFactor: false }));
    expect(session!.eventIds).toEqual([]);
    expect(await targetAllowed(t.db, session!, { event: own.event })).toBe(false);
  });
});
