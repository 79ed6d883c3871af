import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbedded, takeLock } from '@/db/embedded';
import { prepareDatabase } from '@/server/prepare-database';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lock-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('embedded database on disk', () => {
  it('creates, migrates and seeds the data folder, and keeps every row across a reopen', async () => {
    const first = await openEmbedded(dir, prepareDatabase);
    const before = await first.db.execute('select count(*)::int as n from events');
    await first.close();
    const second = await openEmbedded(dir, prepareDatabase);
    const after = await second.db.execute('select count(*)::int as n from events');
    await second.close();
    const n = (result: unknown) => (result as { rows: { n: number }[] }).rows[0]!.n;
    expect(n(before)).toBeGreaterThan(0); // seeded
    expect(n(after)).toBe(n(before));
  });

  it('refuses a second process with a message that says what to do', () => {
    const release = takeLock(path.join(dir, 'pglite.lock'));
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
      import('${path.resolve('db/embedded.ts')}').then(async ({ openEmbedded }) => {
        try { await openEmbedded(${JSON.stringify(dir)}); console.log('opened'); }
        catch (e) { console.log(e.message); process.exit(3); }
      });`,
      ],
      { encoding: 'utf8', cwd: process.cwd() },
    );
    release();
    expect(child.status).toBe(3);
    expect(child.stdout).toContain(`in use by process ${process.pid}`);
    expect(child.stdout).toContain('DATABASE_URL');
  });

  it('takes over a lock left by a process that died', () => {
    fs.writeFileSync(path.join(dir, 'pglite.lock'), '999999');
    const release = takeLock(path.join(dir, 'pglite.lock'));
    expect(fs.readFileSync(path.join(dir, 'pglite.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
