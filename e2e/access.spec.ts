import { baseURL } from '../playwright.config';
import { DEMO_ACCOUNTS, demo, expect, sessionCookie, test } from './fixtures';
import { LOCALES } from './locales';

const ADMIN_PAGES = ['/en/admin', '/en/admin/emails', '/en/admin/audit', '/en/admin/accounts', '/en/admin/events/new'];

test('without a session every back-office page sends to sign-in, in every disguise', async ({ request }) => {
  for (const path of ADMIN_PAGES) {
    for (const variant of [path, `${path}?_rsc=1`, `${path}.rsc`]) {
      for (const headers of [{}, { 'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy' }, { RSC: '1' }] as Record<string, string>[]) {
        const response = await request.get(variant, { headers, maxRedirects: 0 });
        const location = response.headers()['location'] ?? '';
        const body = await response.text();
        // A refusal is a redirect to sign-in, a 404, or (for RSC payloads, always 200) an encoded redirect or not-found.
        const refused =
          [303, 307, 308, 404].includes(response.status()) ||
          location.includes('/admin/sign-in') ||
          body.includes('/admin/sign-in') ||
          body.includes('NEXT_HTTP_ERROR_FALLBACK;404');
        expect(refused, `${variant} ${JSON.stringify(headers)} → ${response.status()} ${location}`).toBe(true);
        for (const secret of DEMO_ACCOUNTS.flatMap((a) => [a.email, a.name])) expect(body).not.toContain(secret);
      }
    }
  }
});

test('check-in staff and organizers are refused what their role does not allow', async ({ request, organizer: headers }) => {
  const checkin = await sessionCookie(demo('checkin'));
  for (const path of ['/en/admin', '/en/admin/emails', '/en/admin/audit', '/en/admin/accounts']) {
    const response = await request.get(path, { headers: { Cookie: checkin }, maxRedirects: 0 });
    expect(response.headers()['location'] ?? '', path).toContain('/en/admin/forbidden');
  }
  const organizer = headers.Cookie!;
  const accounts = await request.get('/en/admin/accounts', { headers: { Cookie: organizer }, maxRedirects: 0 });
  expect(accounts.headers()['location']).toContain('/en/admin/forbidden');
  const create = await request.post('/api/admin/accounts', {
    headers,
    data: { email: 'x@example.org', name: 'X', role: 'admin', password: 'a-long-password-1' },
  });
  expect(create.status()).toBe(403);
  const reveal = await request.post('/api/admin/reveal', {
    headers: { Cookie: organizer, Origin: baseURL },
    data: { id: '00000000-0000-4000-8000-000000000000' },
  });
  expect(reveal.status()).toBe(403);
  const foreign = await request.post('/api/admin/decide', { headers: { Cookie: organizer, Origin: 'https://evil.example' }, data: {} });
  expect(foreign.status()).toBe(403);
});

test('signing out ends the session on the server, not only in the browser', async ({ request, organizer }) => {
  const cookie = organizer.Cookie!;
  expect((await request.get('/en/admin', { headers: { Cookie: cookie }, maxRedirects: 0 })).status()).toBe(200);
  await request.post('/api/admin/sign-out', { headers: { Cookie: cookie, Origin: baseURL }, maxRedirects: 0 });
  const after = await request.get('/en/admin', { headers: { Cookie: cookie }, maxRedirects: 0 });
  expect(after.headers()['location'] ?? '').toContain('/admin/sign-in');
});

test('every page answers with the security headers; personal pages are never cached', async ({ request }) => {
  // Signed-in pages: a fresh nonce each time, 'strict-dynamic', never cached.
  const signIn = await request.get('/en/admin/sign-in');
  const csp = signIn.headers()['content-security-policy']!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect((await request.get('/en/admin/sign-in')).headers()['content-security-policy']).not.toBe(csp);
  expect(signIn.headers()['cache-control']).toContain('no-store');
  // Public pages: one static policy (SECURITY.md says why), the same strict directives, cacheable by a CDN, no cookie.
  const page = await request.get('/en');
  const publicCsp = page.headers()['content-security-policy']!;
  for (const policy of [csp, publicCsp]) {
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"]) expect(policy).toContain(directive);
  }
  expect(publicCsp).not.toContain('nonce-');
  expect(page.headers()['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  expect(page.headers()['set-cookie']).toBeUndefined();
  expect(page.headers()['x-content-type-options']).toBe('nosniff');
  expect(page.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const personal = await request.get(`/en/registration/${'A'.repeat(43)}`);
  expect(personal.headers()['cache-control']).toContain('no-store');
  expect(personal.headers()['referrer-policy']).toBe('no-referrer');
  // HSTS only when the request came over HTTPS (as a proxy in front reports it).
  expect(page.headers()['strict-transport-security']).toBeUndefined();
  const overHttps = await request.get('/en', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(overHttps.headers()['strict-transport-security']).toMatch(/max-age=\d{8}/);
  const api = await request.get('/api/health');
  expect(api.headers()['x-content-type-options']).toBe('nosniff');
});

test('open-redirect paths under every locale stay on this site', async ({ request }) => {
  for (const locale of LOCALES) {
    for (const evil of ['//evil.example', '/%09/evil.example', '/\\evil.example']) {
      const response = await request.get(`/${locale}${evil}`, { maxRedirects: 0 });
      const location = response.headers()['location'];
      if (location) expect(new URL(location, baseURL).host).toBe(new URL(baseURL).host);
      expect(response.status()).not.toBe(500);
    }
  }
  const back = await request.post('/api/admin/sign-in', {
    headers: { Origin: baseURL },
    form: { email: 'nobody@example.org', password: 'x', locale: '//evil.example' },
    maxRedirects: 0,
  });
  expect(new URL(back.headers()['location']!, baseURL).host).toBe(new URL(baseURL).host);
});
