import { afterEach, describe, expect, it } from 'vitest';
import { sessionCookieOptions } from '@/server/auth/session';
import { resetConfigForTests } from '@/lib/config';

describe('session cookie', () => {
  const before = process.env.PUBLIC_URL;
  afterEach(() => {
    process.env.PUBLIC_URL = before;
    resetConfigForTests();
  });

  it('is HttpOnly and SameSite=Lax always, and Secure when the portal is served over HTTPS', () => {
    process.env.PUBLIC_URL = 'https://events.example.org';
    resetConfigForTests();
    expect(sessionCookieOptions()).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: true, path: '/' });
    process.env.PUBLIC_URL = 'http://localhost:3000';
    resetConfigForTests();
    expect(sessionCookieOptions()).toMatchObject({ httpOnly: true, sameSite: 'lax', secure: false });
  });
});
