import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '@/lib/permissions';

// The session is the only thing faked here: each handler's own checks run for real.
const session = vi.hoisted(() => ({ role: null as null | Role, needsSecondFactor: false, needsStepUp: false, mustChangePassword: false }));
vi.mock('@/server/auth/session', () => ({
  currentOrganizer: async () =>
    session.role
      ? {
          id: '00000000-0000-4000-8000-000000000001',
          email: 'x@example.org',
          name: 'X',
          role: session.role,
          secondFactor: false,
          needsSecondFactor: session.needsSecondFactor,
          needsStepUp: session.needsStepUp,
          mustChangePassword: session.mustChangePassword,
        }
      : null,
  adminPage: async () => {
    throw new Error('not for route handlers');
  },
  SESSION_COOKIE: 'portal_session',
}));

const origin = 'http://localhost:3000';
const post = (body: unknown = {}) =>
  new Request(`${origin}/api/admin/x`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin, Accept: 'application/json' },
    body: JSON.stringify(body),
  });

/** Every back-office route handler, the roles allowed to use it, and a request that passes validation no further. */
const ROUTES: { name: string; allowed: Role[]; call: () => Promise<Response> }[] = [
  { name: 'decide', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/decide/route')).POST(post({})) },
  { name: 'registration-edit', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/registration-edit/route')).POST(post({})) },
  { name: 'events (save)', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/events/route')).POST(post({})) },
  { name: 'events (status)', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/events/status/route')).POST(post({})) },
  { name: 'bulk-approve', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/bulk-approve/route')).POST(post({})) },
  { name: 'resend', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/resend/route')).POST(post({})) },
  { name: 'retry-email', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/retry-email/route')).POST(post({})) },
  { name: 'itineraries', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/itineraries/route')).POST(post({})) },
  { name: 'check-in', allowed: ['admin', 'organizer', 'checkin'], call: async () => (await import('@/app/api/admin/check-in/route')).POST(post({})) },
  { name: 'reveal', allowed: ['admin'], call: async () => (await import('@/app/api/admin/reveal/route')).POST(post({})) },
  { name: 'accounts', allowed: ['admin'], call: async () => (await import('@/app/api/admin/accounts/route')).POST(post({})) },
  { name: 'accounts/second-factor', allowed: ['admin'], call: async () => (await import('@/app/api/admin/accounts/second-factor/route')).POST(post({})) },
  { name: 'access-codes', allowed: ['admin', 'organizer'], call: async () => (await import('@/app/api/admin/access-codes/route')).POST(post({})) },
  { name: 'co-hosts', allowed: ['admin'], call: async () => (await import('@/app/api/admin/co-hosts/route')).POST(post({})) },
  { name: 'accounts/manage', allowed: ['admin'], call: async () => (await import('@/app/api/admin/accounts/manage/route')).POST(post({})) },
  { name: 'password (own)', allowed: ['admin', 'organizer', 'checkin'], call: async () => (await import('@/app/api/admin/password/route')).POST(post({})) },
  {
    name: 'second-factor (own)',
    allowed: ['admin', 'organizer', 'checkin'],
    call: async () => (await import('@/app/api/admin/second-factor/route')).POST(post({})),
  },
  {
    name: 'search (GET)',
    allowed: ['admin', 'organizer', 'checkin'],
    call: async () => (await import('@/app/api/admin/search/route')).GET(new Request(`${origin}/api/admin/search?event=bad`)),
  },
  {
    name: 'export (GET)',
    allowed: ['admin', 'organizer'],
    call: async () => (await import('@/app/api/admin/export/route')).GET(new Request(`${origin}/api/admin/export?event=bad`)),
  },
  {
    name: 'export with passport (POST)',
    allowed: ['admin'],
    call: async () =>
      (await import('@/app/api/admin/export/route')).POST(
        new Request(`${origin}/api/admin/export`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
          body: 'event=bad&passport=1',
        }),
      ),
  },
];

describe('back-office authorization', () => {
  beforeEach(() => {
    session.role = null;
    session.needsSecondFactor = false;
    session.needsStepUp = false;
    session.mustChangePassword = false;
  });

  for (const route of ROUTES) {
    it(`${route.name}: 401 without a session`, async () => {
      expect((await route.call()).status).toBe(401);
    });
    for (const role of ['checkin', 'organizer', 'admin'] as Role[]) {
      const allowed = route.allowed.includes(role);
      it(`${route.name}: ${role} is ${allowed ? 'let through to validation' : 'refused with 403'}`, async () => {
        session.role = role;
        const status = (await route.call()).status;
        if (allowed) expect([400, 404]).toContain(status);
        else expect(status).toBe(403);
      });
    }
  }

  it('refuses passport data to an admin whose session lacks a required second factor, and says why', async () => {
    session.role = 'admin';
    session.needsSecondFactor = true;
    for (const route of ROUTES.filter((r) => r.name === 'reveal' || r.name === 'export with passport (POST)')) {
      const response = await route.call();
      expect(response.status, route.name).toBe(403);
      expect(await response.json()).toEqual({ error: 'secondFactorRequired' });
    }
    const plainExport = ROUTES.find((r) => r.name === 'export (GET)')!;
    expect((await plainExport.call()).status).toBe(404); // everything else stays open
  });

  it('finding 3: refuses security settings to an admin session without a code once any admin has a factor', async () => {
    session.role = 'admin';
    session.needsStepUp = true;
    for (const route of ROUTES.filter((r) => r.name.startsWith('accounts'))) {
      const response = await route.call();
      expect(response.status, route.name).toBe(403);
      expect(await response.json()).toEqual({ error: 'secondFactorRequired' });
    }
    const decide = ROUTES.find((r) => r.name === 'decide')!;
    expect((await decide.call()).status).toBe(400); // everything else stays open
  });

  it('finding 1: a session with a printed password reaches nothing but its own password change', async () => {
    session.role = 'admin';
    session.mustChangePassword = true;
    for (const route of ROUTES.filter((r) => r.name !== 'password (own)')) {
      expect((await route.call()).status, route.name).toBe(403);
    }
    expect((await ROUTES.find((r) => r.name === 'password (own)')!.call()).status).toBe(400); // let through to validation
  });

  it('refuses a state-changing request from a foreign or missing origin, even for an admin', async () => {
    session.role = 'admin';
    const { POST } = await import('@/app/api/admin/decide/route');
    const foreign = new Request(`${origin}/api/admin/decide`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: '{}',
    });
    expect((await POST(foreign)).status).toBe(403);
    const crossSite = new Request(`${origin}/api/admin/decide`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' },
      body: '{}',
    });
    expect((await POST(crossSite)).status).toBe(403);
    const missing = new Request(`${origin}/api/admin/decide`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect((await POST(missing)).status).toBe(403);
    const sameOrigin = new Request(`${origin}/api/admin/decide`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'same-origin' },
      body: '{}',
    });
    expect((await POST(sameOrigin)).status).toBe(400); // let through to validation
  });

  it('sends HTML forms back only to back-office paths, never to another site', async () => {
    const { safeReturn } = await import('@/server/auth/admin-route');
    expect(safeReturn('/en/admin/events/1')).toBe('/en/admin/events/1');
    for (const bad of ['//evil.example', '/%09/evil.example', 'https://evil.example', '/en/admin//evil.example', '/xx/admin', '/en/events']) {
      expect(safeReturn(bad)).toBeUndefined();
    }
  });
});
