import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder } from './migrations-folder';
import * as schema from './schema';
import type { Database, DatabaseHandle, PrepareDatabase } from './types';

export async function openEmbedded(dataDir: string, prepare: PrepareDatabase = async () => undefined): Promise<DatabaseHandle> {
  // Personal data lives here: readable by the server's user only (umask or not).
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  const releaseLock = takeLock(path.join(dataDir, 'pglite.lock'));
  try {
    const client = await PGlite.create(path.join(dataDir, 'pglite'));
    const db = drizzle(client, { schema }) as unknown as Database;
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    await prepare(db, 'pglite');
    return {
      db,
      driver: 'pglite',
      ping: async () => void (await client.query('select 1')),
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * PGlite has no lock between processes, and a second process corrupts its folder.
 * A lock file holding our pid makes the second one fail with a clear message instead.
 */
export function takeLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx', mode: 0o600 });
      const release = () => fs.rmSync(lockPath, { force: true });
      process.once('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new Error(
          `The embedded database in ${path.dirname(lockPath)} is in use by process ${holder}. ` +
            'Stop that process, or set DATABASE_URL to share PostgreSQL between processes.',
        );
      }
      fs.rmSync(lockPath, { force: true }); // left behind by a process that died
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
