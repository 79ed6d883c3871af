import { randomUUID } from 'node:crypto';
import { baseURL } from '../playwright.config';
import { clientAddress, delegate, expect, test } from './fixtures';
import { mailsTo, readConfirmation, waitForMails } from './mailbox';
import { messages } from './messages';

const EVENT = 'china-japan-rok-talks-2027';
const endpoint = `/api/events/${EVENT}/registrations`;
const valid = (extra: Record<string, unknown> = {}) =>
  delegate({
    locale: 'ja',
    familyName: '佐藤',
    givenName: '健',
    latinFamilyName: 'Sato',
    latinGivenName: 'Ken',
    organization: '長崎県貿易公社',
    country: 'JP',
    phone: '+81 95 000 0000',
    delegationType: 'government',
    ...extra,
  });
// Each test gets its own address bucket for the per-address limit.
const from = () => ({ Origin: baseURL, 'X-Forwarded-For': clientAddress() });

test('an approval-mode event puts the delegate in pending, and a double submit creates one registration', async ({ request }) => {
  const body = valid();
  const headers = from();
  const [a, b] = await Promise.all([request.post(endpoint, { data: body, headers }), request.post(endpoint, { data: body, headers })]);
  expect([a.status(), b.status()].sort()).toEqual([200, 201]);
  expect([await a.json(), await b.json()]).toEqual([{ ok: true }, { ok: true }]);
  // One registration, so one confirmation e-mail, which says it awaits the organizers.
  const mails = await waitForMails(body.email);
  expect(readConfirmation(mails[0]!, 'ja').status).toBe('pending');
  await new Promise((r) => setTimeout(r, 3_000)); // a second confirmation, were there one, would be out by now
  expect(await mailsTo(body.email)).toHaveLength(1);
});

test('finding 11: an address already registered gets exactly the answer a new one gets; the link goes only by e-mail', async ({ request }) => {
  const email = `dup-${randomUUID()}@example.org`;
  const headers = from();
  const first = await request.post(endpoint, { data: valid({ email }), headers });
  const again = await request.post(endpoint, { data: valid({ email: email.toUpperCase() }), headers });
  const fresh = await request.post(endpoint, { data: valid(), headers });
  for (const response of [first, again, fresh]) {
    expect(response.status()).toBe(201);
    expect(await response.json()).toEqual({ ok: true }); // no reference, status or link to tell them apart
  }
  // The registered delegate is told by e-mail, with the private link to the registration they already have.
  const [confirmation, duplicate] = await waitForMails(email, 2);
  expect(duplicate!.subject).toContain(messages.ja.Email.subjects.duplicate.split('{')[0]!.trim());
  expect(readConfirmation(duplicate!, 'ja').manageUrl).toBe(readConfirmation(confirmation!, 'ja').manageUrl);
});

test('bad input gets field errors as message keys, never a 500', async ({ request }) => {
  const headers = from();
  const cases: [Record<string, unknown>, Record<string, string>][] = [
    [{ familyName: 'x'.repeat(10_000) }, { familyName: 'tooLong' }],
    [{ givenName: 'a\u202Eb' }, { givenName: 'invalidCharacters' }],
    [{ latinFamilyName: '佐藤' }, { latinFamilyName: 'latinOnly' }],
    [{ email: '"a@b.com x"@internal.example' }, { email: 'invalidEmail' }],
    [{ email: 'a@b.com\r\nBcc: x@evil.example' }, { email: 'invalidCharacters' }],
    [{ phone: '12345' }, { phone: 'invalidPhone' }],
    [{ visaRequested: true, passportNumber: 'TK1234567', nationality: 'JP', dateOfBirth: '2999-01-01', visaConsent: true }, { dateOfBirth: 'dateInFuture' }],
    [{ consent: false }, { consent: 'consentRequired' }],
    [{ status: 'confirmed' }, { _form: 'unknownField' }],
  ];
  for (const [change, expected] of cases) {
    const response = await request.post(endpoint, { data: valid(change), headers });
    expect(response.status(), JSON.stringify(change).slice(0, 80)).toBe(400);
    expect((await response.json()).fields).toMatchObject(expected);
  }
});

test('oversized, malformed and cross-site requests are refused cleanly', async ({ request }) => {
  const headers = from();
  const big = await request.post(endpoint, { data: valid({ accessNeeds: 'x'.repeat(100_000) }), headers });
  expect(big.status()).toBe(413);
  const broken = await request.post(endpoint, { data: '{"familyName":', headers: { ...headers, 'Content-Type': 'application/json' } });
  expect(broken.status()).toBe(400);
  const foreign = await request.post(endpoint, { data: valid(), headers: { ...headers, Origin: 'https://evil.example' } });
  expect(foreign.status()).toBe(403);
  const noOrigin = await request.post(endpoint, { data: valid(), headers: { 'X-Forwarded-For': headers['X-Forwarded-For'] } });
  expect(noOrigin.status()).toBe(403);
  const missing = await request.post('/api/events/no-such-event/registrations', { data: valid(), headers });
  expect(missing.status()).toBe(404);
});

test('the honeypot stops bots without creating a registration', async ({ request }) => {
  const headers = from();
  const email = `bot-${randomUUID()}@example.org`;
  const bot = await request.post(endpoint, { data: valid({ email, website: 'http://spam.example' }), headers });
  expect(bot.status()).toBe(400);
  // The same person without the honeypot filled is not a duplicate: nothing was stored.
  expect((await request.post(endpoint, { data: valid({ email }), headers })).status()).toBe(201);
});

test('submissions are rate-limited per address', async ({ request }) => {
  const headers = { Origin: baseURL, 'X-Forwarded-For': '198.51.100.77' };
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    statuses.push((await request.post(endpoint, { data: valid({ consent: false }), headers })).status());
  }
  expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true);
  expect(statuses.slice(10)).toEqual([429, 429]);
});

test('a client cannot pick a fresh rate-limit bucket by writing its own X-Forwarded-For', async ({ request }) => {
  // The server trusts one proxy (TRUST_PROXY=1): only the address the proxy appended counts.
  const statuses: number[] = [];
  for (let i = 0; i < 12; i++) {
    const headers = { Origin: baseURL, 'X-Forwarded-For': `192.0.2.${i}, 198.51.100.78` };
    statuses.push((await request.post(endpoint, { data: valid({ consent: false }), headers })).status());
  }
  expect(statuses.slice(10)).toEqual([429, 429]);
});
