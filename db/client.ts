import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { getConfig } from '@/lib/config';
import * as schema from './schema';
import { openEmbedded } from './embedded';
import { openPostgres } from './postgres';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  ping: () => Promise<void>;
  close: () => Promise<void>;
}

// One handle per process, kept on globalThis so dev hot reload does not open a second one.
const holder = globalThis as typeof globalThis & { __portalDb?: Promise<DatabaseHandle> };

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
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL)
    : openEmbedded(config.dataDir);
}
