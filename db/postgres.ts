import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { migrationsFolder } from './migrations-folder';
import * as schema from './schema';
import type { Database, DatabaseHandle, PrepareDatabase } from './types';

const MIGRATION_LOCK = 7_204_118; // any constant shared by every instance

export async function openPostgres(url: string, prepare: PrepareDatabase): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server (restart, failover) must not crash the process; the pool reconnects.
  pool.on('error', (error) => console.error(`postgres: idle client error: ${error.message}`));
  await migrateWithLock(pool, prepare);
  return {
    db: drizzle(pool, { schema }) as unknown as Database,
    driver: 'postgres',
    ping: async () => void (await pool.query('select 1')),
    close: () => pool.end(),
  };
}

/** Several app instances may start at once: an advisory lock lets one migrate while the others wait. */
async function migrateWithLock(pool: pg.Pool, prepare: PrepareDatabase) {
  const client = await pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migrate(drizzle(client, { schema }), { migrationsFolder });
    // Under the same lock, so two instances starting at once never both print a password.
    await prepare(drizzle(client, { schema }) as unknown as Database, 'postgres');
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
