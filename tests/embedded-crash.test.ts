import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEmbedded } from '@/db/embedded';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('embedded database after a crash [pglite]', () => {
  it('opens again with every committed row when the writer is killed mid-write', async () => {
    await (await openEmbedded(dir)).close();
    // A child process commits numbered audit rows as fast as it can and reports each commit.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '-e',
        `
      import('${path.resolve('db/embedded.ts')}').then(async ({ openEmbedded }) => {
        const { db } = await openEmbedded(${JSON.stringify(dir)});
        for (let i = 0; ; i++) {
          await db.execute("insert into audit_entries (action, entity_type, entity_id) values ('crash-test', 'n', '" + i + "')");
          process.stdout.write(i + '\\n');
        }
      });`,
      ],
      { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let committed = -1;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const lines = chunk.toString().trim().split('\n');
        committed = Number(lines.at(-1));
        if (committed >= 200) resolve();
      });
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const reopened = await openEmbedded(dir); // the dead process's lock file is taken over
    const rows = await reopened.db.execute("select count(*)::int as n from audit_entries where action = 'crash-test'");
    await reopened.close();
    const n = (rows as unknown as { rows: { n: number }[] }).rows[0]!.n;
    expect(n).toBeGreaterThanOrEqual(committed + 1);
  }, 300_000);
});
