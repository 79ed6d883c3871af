import { getConfig } from '@/lib/config';
import { openEmbedded } from './embedded';
import { openPostgres } from './postgres';
import type { Database, DatabaseHandle, PrepareDatabase } from './types';

export type { Database, DatabaseHandle };

// One handle per process, kept on globalThis so dev hot reload does not open a second one.
const holder = globalThis as typeof globalThis & { __portalDb?: Promise<DatabaseHandle>; __portalPrepare?: PrepareDatabase };

/** Start-up says what to do with a freshly opened database (seed, first account); nothing by default. */
export function onDatabaseOpen(prepare: PrepareDatabase) {
  holder.__portalPrepare = prepare;
}

export function getDatabase(): Promise<DatabaseHandle> {
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    throw new Error('The database is not opened during `next build`; pages that read it render on first request.');
  }
  holder.__portalDb ??= open().catch((error: unknown) => {
    holder.__portalDb = undefined;
    throw error;
  });
  return holder.__portalDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

export async function closeDatabase() {
  const pending = holder.__portalDb;
  holder.__portalDb = undefined;
  if (pending) await (await pending).close();
}

function open(): Promise<DatabaseHandle> {
  const config = getConfig();
  const prepare = holder.__portalPrepare ?? (async () => undefined);
  return config.DATABASE_URL ? openPostgres(config.DATABASE_URL, prepare) : openEmbedded(config.dataDir, prepare);
}
