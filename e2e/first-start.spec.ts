import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, expect, signIn, test } from './fixtures';
import { messages } from './messages';
import { startServer } from './server';

const m = messages.en.Admin;

// Finding 1: a server started the README's way (no DEMO switch) has no account with a published
// password; it prints one administrator's password once, which works once and must be replaced.
test('first start without DEMO: no demo accounts, a printed admin password that must be changed at first sign-in', async ({ browser }) => {
  test.setTimeout(300_000);
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-first-start-'));
  const dataDir = path.join(parent, 'data'); // created by the server itself
  const server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: '', DEMO: '' }, { output: true });
  const { url } = server;
  try {
    const log = server.output();
    const printed = /e-mail:\s+(\S+)\s+password:\s+(\S+)/.exec(log);
    expect(printed, 'the log names the first administrator').not.toBeNull();
    const [, email, password] = printed!;
    // Finding 14: the data folder is the server's alone, and the benchmark's pages are not served.
    expect(fs.statSync(dataDir).mode & 0o077).toBe(0);
    expect((await fetch(`${url}/bench-ceiling`)).status).toBe(404);
    expect((await fetch(`${url}/bench-ceiling/dynamic`)).status).toBe(404);
    // Finding 10: a path that is not valid UTF-8 is a client error, not a 500.
    expect([400, 404]).toContain((await fetch(`${url}/en/events/%ff%fe`)).status);

    const page = await (await browser.newContext({ baseURL: url })).newPage();
    const signInWith = (address: string, secret: string) => signIn(page, address, 'en', secret);
    // The sample events are there for a newcomer to see.
    await page.goto('/en/events');
    await expect(page.getByRole('link', { name: /Vladivostok/ }).first()).toBeVisible();
    // The published demo password opens nothing.
    for (const { email: demo } of DEMO_ACCOUNTS) {
      await signInWith(demo, DEMO_PASSWORD);
      await expect(page.locator('p[role=alert]')).toHaveText(m.signIn.errors.invalid);
    }
    // The printed password signs in, and leads only to the password page until it is changed.
    await signInWith(email!, password!);
    await expect(page.getByRole('heading', { name: m.password.title })).toBeVisible();
    await expect(page.getByText(m.password.mustChange)).toBeVisible();
    await page.goto('/en/admin');
    await expect(page.getByRole('heading', { name: m.password.title })).toBeVisible();
    const blocked = await page.request.post('/api/admin/accounts', {
      headers: { Origin: url, Accept: 'application/json' },
      data: { email: 'x@example.org', name: 'X', role: 'admin', password: 'another-long-password' },
    });
    expect(blocked.status()).toBe(403);
    await page.getByLabel(m.password.current).fill(password!);
    await page.getByLabel(m.password.next.replace('{min}', '12')).fill('my-own-passphrase-2026');
    await page.getByLabel(m.password.repeat).fill('my-own-passphrase-2026');
    await page.getByRole('button', { name: m.password.submit }).click();
    await expect(page.getByRole('status')).toHaveText(m.password.results.changed);
    await page.goto('/en/admin');
    await expect(page.getByRole('heading', { name: m.events.title })).toBeVisible();
    // The printed password worked once: now it is refused.
    await page.getByRole('button', { name: m.nav.signOut }).click();
    await signInWith(email!, password!);
    await expect(page.locator('p[role=alert]')).toHaveText(m.signIn.errors.invalid);
  } finally {
    await server.stop('SIGTERM');
    fs.rmSync(parent, { recursive: true, force: true });
  }
});
