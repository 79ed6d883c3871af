// Each finding of the outside security probe (../shared/reviews/security-probe.md), reproduced: the attack now fails.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminEvent } from '@/db/queries/admin-events';
import { listAttendees, registrationDetail } from '@/db/queries/attendees';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { recordAudit } from '@/db/queries/audit';
import { changeRegistration, loadManagedRegistration } from '@/db/queries/manage';
import { resendEmail } from '@/db/queries/outbox';
import { eraseRegistration } from '@/db/queries/privacy';
import { registerDelegate } from '@/db/queries/registrations';
import { auditEntries, outboundEmails } from '@/db/schema';
import { pinForwardedFor } from '@/server/client-address';
import { resetConfigForTests } from '@/lib/config';
import { fromOwnSite, readForm, refererLocale } from '@/server/http';
import { redactQueryText } from '@/lib/log-scrub';
import { LINK_REMOVED, redactLinks } from '@/server/mail/redact';
import { drainUntilEmpty } from '@/server/mail/worker';
import { registrationSchema } from '@/lib/validations/registration';
import { benchPagesShown, isBenchPage } from '@/server/bench-pages';
import { drivers, openTestDatabase, type TestDatabase } from './db-harness';
import { delegate, openEvent, parse } from './fixtures';

const origin = 'http://localhost:3000';
const env = { ...process.env };
afterEach(() => {
  process.env = { ...env };
  resetConfigForTests();
});

describe('finding 2: bodies are capped before they are parsed', () => {
  it('the unauthenticated sign-in refuses a 100 KiB form with 413 (declared, and streamed without a length)', async () => {
    const { POST } = await import('@/app/api/admin/sign-in/route');
    const big = `email=${'a'.repeat(100 * 1024)}&password=x&locale=en`;
    const declared = new Request(`${origin}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': '192.0.2.201' },
      body: big,
    });
    expect((await POST(declared)).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        for (let i = 0; i < 100; i++) c.enqueue(new TextEncoder().encode('a'.repeat(1024)));
        c.close();
      },
    });
    const chunked = new Request(`${origin}/api/admin/sign-in`, {
      method: 'POST',
      headers: { Origin: origin, 'Content-Type': 'multipart/form-data; boundary=x', 'X-Forwarded-For': '192.0.2.202' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect((await POST(chunked)).status).toBe(413);
  });

  it('finding 10: a broken multipart body is a 400, never a 500', async () => {
    const broken = new Request(`${origin}/x`, { method: 'POST', headers: { 'Content-Type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' });
    const result = await readForm(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(400);
  });
});

describe('finding 10: malformed input and the server log', () => {
  it('an invalid Referer on sign-out falls back to English instead of throwing', () => {
    const request = new Request(`${origin}/x`, { headers: { Referer: '::not a url::' } });
    expect(refererLocale(request, ['en', 'ru'])).toBe('en');
    expect(refererLocale(new Request(`${origin}/x`, { headers: { Referer: `${origin}/ru/admin` } }), ['en', 'ru'])).toBe('ru');
  });

  it('a failed query is logged without its parameters (search terms, addresses)', () => {
    const line = redactQueryText('Failed query: select * from registrations where email ilike $1\nparams: %anna.ivanova@example.org%');
    expect(line).toContain('Failed query: select * from registrations');
    expect(line).not.toContain('anna.ivanova');
  });

  it('drops NUL from a search term', () => {
    expect(attendeeFilterSchema.parse({ q: 'An\0na' }).q).toBe('Anna');
  });
});

describe.each(drivers)('findings 6-11 on the database [%s]', (driver) => {
  let t: TestDatabase;
  let dataDir: string;
  beforeAll(async () => {
    t = await openTestDatabase(driver);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-mail-'));
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('finding 10: uuid-shaped but invalid ids and NUL search terms answer "not found" or a list, never an error', async () => {
    const { id } = await openEvent(t.db);
    const dashes = '-'.repeat(36);
    expect(await adminEvent(t.db, dashes, 'en')).toBeNull();
    expect(await registrationDetail(t.db, dashes)).toBeNull();
    const { rows } = await listAttendees(t.db, id, attendeeFilterSchema.parse({ q: '\0' }));
    expect(rows).toEqual([]);
  });

  it('finding 6: the stored message and the e-mail log never hold a working management link; finding 14: .eml files are 0600', async () => {
    process.env.DATA_DIR = dataDir;
    delete process.env.SMTP_URL;
    resetConfigForTests();
    const { slug } = await openEvent(t.db);
    const result = await registerDelegate(t.db, slug, 'en', parse(delegate(61, { email: 'link-holder@example.org' })));
    if (result.kind !== 'registered') throw new Error('not registered');
    await drainUntilEmpty(t.db);
    const [row] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, result.registrationId));
    expect(row!.status).toBe('sent');
    for (const part of [row!.textBody, row!.htmlBody, row!.rawMessage]) {
      expect(part).not.toContain(result.token);
      expect(part).toContain('/registration/');
    }
    expect(row!.textBody).toContain(LINK_REMOVED);
    // The delegate's own copy still carries the link, in a file only the server can read.
    const file = path.join(dataDir, 'mail', row!.providerMessageId!.replace(/^file:/, ''));
    expect(fs.readFileSync(file, 'utf8').replace(/=\r?\n/g, '')).toContain(result.token);
    expect(fs.statSync(file).mode & 0o077).toBe(0);
    expect(fs.statSync(path.join(dataDir, 'mail')).mode & 0o077).toBe(0);
    // Messages stored before this rule are masked on display.
    expect(redactLinks(`see https://x.example/en/registration/${result.token} now`)).not.toContain(result.token);
  });

  it('finding 7: a resend goes to the current address with a new link, and the old link stops working; so does an e-mail change', async () => {
    const { slug } = await openEvent(t.db);
    const result = await registerDelegate(t.db, slug, 'en', parse(delegate(71, { email: 'old.address@example.com' })));
    if (result.kind !== 'registered') throw new Error('not registered');
    const [original] = await t.db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, result.registrationId));
    const change = { organization: 'Busan Chamber of Commerce', email: 'new.address@example.com', phone: '+82 51 990 7000', visitIds: [] };
    const changed = await changeRegistration(t.db, result.token, change);
    expect(changed.kind).toBe('ok');
    expect(await loadManagedRegistration(t.db, result.token, 'en')).toBeNull(); // the link in the old mailbox is dead
    const second = changed.kind === 'ok' ? changed.newToken! : '';
    expect(await loadManagedRegistration(t.db, second, 'en')).not.toBeNull();

    expect(await resendEmail(t.db, null, original!.id)).toBe(true);
    const mails = await t.db.select().from(outboundEmails).where(eq(outboundEmails.registrationId, result.registrationId));
    const resent = mails.at(-1)!;
    expect(resent.toAddress).toBe('new.address@example.com');
    expect(mails.filter((m) => m.toAddress === 'old.address@example.com')).toHaveLength(1); // only the original
    expect(await loadManagedRegistration(t.db, second, 'en')).toBeNull(); // rotated again by the resend
    expect(await t.db.$count(auditEntries, and(eq(auditEntries.entityId, result.registrationId), eq(auditEntries.action, 'registration.new-link')))).toBe(2);
    expect(await t.db.$count(auditEntries, and(eq(auditEntries.entityId, String(original!.id)), eq(auditEntries.action, 'email.resend')))).toBe(1);
  });

  it("finding 8: erasure leaves no personal value in the registration's audit entries", async () => {
    const { slug } = await openEvent(t.db);
    const result = await registerDelegate(t.db, slug, 'en', parse(delegate(81, { email: 'desk.xss@example.com' })));
    if (result.kind !== 'registered') throw new Error('not registered');
    await recordAudit(t.db, {
      actorId: null,
      action: 'registration.edit',
      entityType: 'registration',
      entityId: result.registrationId,
      before: { email: 'desk.xss@example.com', phone: '+82 51 990 7000', accessNeeds: 'wheelchair' },
      after: { email: 'other@example.com', accessNeeds: 'hearing loop' },
    });
    await eraseRegistration(t.db, result.registrationId);
    const entries = await t.db.select().from(auditEntries).where(eq(auditEntries.entityId, result.registrationId));
    const text = JSON.stringify(entries);
    for (const value of ['desk.xss@example.com', 'other@example.com', 'wheelchair', 'hearing loop', '+82 51']) expect(text).not.toContain(value);
    const edit = entries.find((e) => e.action === 'registration.edit')!;
    expect(Object.keys(edit.before as object)).toEqual(['email', 'phone', 'accessNeeds']); // which fields changed remains
  });

  it('finding 11: repeated registrations with a registered address mail the delegate at most once an hour', async () => {
    const { slug } = await openEvent(t.db);
    const first = await registerDelegate(t.db, slug, 'en', parse(delegate(91, { email: 'dup.victim@example.com' })));
    if (first.kind !== 'registered') throw new Error('not registered');
    for (let i = 0; i < 5; i++) await registerDelegate(t.db, slug, 'en', parse(delegate(92 + i, { email: 'DUP.Victim@example.com' })));
    expect(await t.db.$count(outboundEmails, and(eq(outboundEmails.registrationId, first.registrationId), eq(outboundEmails.kind, 'duplicate')))).toBe(1);
  });
});

describe('finding 9: passport exports only by an origin-checked POST', () => {
  it('a GET with passport=1 (a link another site can open) is refused before anything is read or logged', async () => {
    const { GET, POST } = await import('@/app/api/admin/export/route');
    const response = await GET(new Request(`${origin}/api/admin/export?event=x&format=csv&passport=1`));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    const foreign = new Request(`${origin}/api/admin/export`, {
      method: 'POST',
      headers: { Origin: 'http://localhost:8999', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'event=x&passport=1',
    });
    expect((await POST(foreign)).status).toBe(403);
  });
});

describe('finding 12: names must show something', () => {
  const name = (familyName: string) => registrationSchema.safeParse({ ...delegate(1), familyName }).success;
  it.each(['\u200B', '\u3164', '\u2800', '\u180E', '\u00AD', '\u061C', 'Li\u061C', '\u200B\u200B'])('refuses %j', (value) => {
    expect(name(value)).toBe(false);
  });
  it('still takes real names in every script', () => {
    for (const value of ['李', 'Иванова', '佐藤', '김', "O'Neil", 'Müller-Lüdenscheidt']) expect(name(value), value).toBe(true);
  });
});

describe('finding 13: forwarded headers only from a trusted proxy', () => {
  const forged = () =>
    new Request(`${origin}/api/admin/decide`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'X-Forwarded-Host': 'evil.example', Host: 'localhost:3000' },
    });
  it('with TRUST_PROXY=0 an Origin matching a client-sent X-Forwarded-Host is refused', () => {
    process.env.TRUST_PROXY = '0';
    resetConfigForTests();
    expect(fromOwnSite(forged())).toBe(false);
  });
  it("with TRUST_PROXY=1 the proxy's X-Forwarded-Host counts", () => {
    process.env.TRUST_PROXY = '1';
    resetConfigForTests();
    expect(fromOwnSite(forged())).toBe(true);
  });
  it("with no trusted proxy the client's X-Forwarded-Host and -Proto never reach the app (so no HSTS on its say-so)", async () => {
    pinForwardedFor(0);
    const server = http.createServer((request, response) => response.end(JSON.stringify(request.headers)));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const seen = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'https' } })).json();
      expect(seen['x-forwarded-host']).toBeUndefined();
      expect(seen['x-forwarded-proto']).toBeUndefined();
    } finally {
      server.close();
    }
  });
});

describe('finding 14: benchmark pages only for the benchmark', () => {
  it("the proxy hides /bench-ceiling unless BENCH_PAGES=1 (the benchmark's servers set it; e2e/first-start checks the 404)", () => {
    expect(isBenchPage('/bench-ceiling')).toBe(true);
    expect(isBenchPage('/bench-ceiling/dynamic')).toBe(true);
    expect(isBenchPage('/en/events')).toBe(false);
    expect(benchPagesShown({})).toBe(false);
    expect(benchPagesShown({ BENCH_PAGES: '1' })).toBe(true);
  });
});
