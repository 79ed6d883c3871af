import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSmtp } from '../tests/smtp-harness';
import { delegate, expect, test } from './fixtures';
import { freePort } from './ports';
import { startServer } from './server';

// Each test runs its own production server on its own data folder, so it can kill and restart it.
const start = (dataDir: string, smtpUrl: string, env: Record<string, string> = {}, port?: number) =>
  startServer({ DATA_DIR: dataDir, SMTP_URL: smtpUrl, MAIL_RETRY_BASE_MS: '200', DATABASE_URL: '', REGISTRATIONS_PER_MINUTE: '100000', ...env }, { port });

const register = (url: string, n: number) =>
  fetch(`${url}/api/events/northeast-asia-belt-and-road-2027/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: url },
    body: JSON.stringify(
      delegate({
        locale: 'en',
        familyName: 'Chen',
        givenName: `Jing${n}`,
        latinFamilyName: 'Chen',
        latinGivenName: 'Jing',
        organization: 'Fault Co',
        country: 'CN',
        email: `fault${n}-${randomUUID().slice(0, 6)}@example.org`,
        delegationType: 'enterprise',
      }),
    ),
  });

test.describe.configure({ mode: 'serial', timeout: 600_000 });

/** `count` registrations, `concurrency` at a time, like a crowd of browsers; their statuses. */
async function registerMany(url: string, from: number, count: number, concurrency = 10) {
  const statuses: number[] = [];
  let next = from;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < from + count) statuses.push((await register(url, next++)).status);
    }),
  );
  return { statuses };
}

// Speed with the relay down ÷ up is a figure of `npm run bench` (target ≥ 0.5); here only the outcome counts.
test('mail server down during 500 registrations: all succeed; every message arrives once after it returns', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-fault-'));
  const port = await freePort(); // nothing listens here yet: the mail server is down
  // Enough attempts that no message gives up while the server is away.
  const server = await start(dataDir, `smtp://127.0.0.1:${port}`, { MAIL_MAX_ATTEMPTS: '30' });
  const { url } = server;
  try {
    const warmUp = await registerMany(url, 0, 20);
    const down = await registerMany(url, 20, 500);
    expect([...warmUp.statuses, ...down.statuses].filter((s) => s !== 201)).toEqual([]);
    const smtp = await startSmtp(port);
    await expect.poll(() => smtp.received.length, { timeout: 240_000 }).toBe(520);
    // The same load with the mail server up (and the worker sending as it goes).
    const up = await registerMany(url, 520, 100);
    expect(up.statuses.filter((s) => s !== 201)).toEqual([]);
    await expect.poll(() => smtp.received.length, { timeout: 180_000 }).toBe(620);
    await new Promise((r) => setTimeout(r, 2000));
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(620);
    expect(smtp.received).toHaveLength(620);
    await smtp.close();
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('server killed between committing a registration and sending its e-mail: sent once after restart', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-fault-'));
  const port = await freePort();
  let server = await start(dataDir, `smtp://127.0.0.1:${port}`); // mail server down: the e-mail stays queued
  expect((await register(server.url, 1)).status).toBe(201);
  await server.stop();
  const smtp = await startSmtp(port);
  server = await start(dataDir, `smtp://127.0.0.1:${port}`, {}, Number(new URL(server.url).port)); // the same address: the queued link names it
  try {
    await expect.poll(() => smtp.received.length, { timeout: 180_000 }).toBe(1);
    await new Promise((r) => setTimeout(r, 3000));
    expect(smtp.received).toHaveLength(1);
  } finally {
    await server.stop();
    await smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a malformed setting stops the server at start with one line naming the variable, not its value', async () => {
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(await freePort())], {
    env: { ...process.env, DATABASE_URL: 'mysql://root:s3cret@db/x', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => {
    output += d;
  });
  child.stderr!.on('data', (d) => {
    output += d;
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).not.toBe(0);
  expect(output).toContain('Configuration error: DATABASE_URL must be a postgres:// URL');
  expect(output).not.toContain('s3cret');
});
