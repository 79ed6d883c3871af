import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  driver: 'pglite' | 'postgres';
  ping: () => Promise<void>;
  close: () => Promise<void>;
}

/**
 * What a process does with a database it has just migrated (seed it, create the first account).
 * Start-up registers it; the drivers run it once, PostgreSQL under the migration lock.
 */
export type PrepareDatabase = (db: Database, driver: DatabaseHandle['driver']) => Promise<void>;
