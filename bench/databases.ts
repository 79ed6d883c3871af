import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type Target = { name: 'embedded'; dataDir: string } | { name: 'postgres'; url: string };

const base = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A fresh, empty database for one run: a temporary data folder, or a new PostgreSQL database. */
export async function freshTarget(name: Target['name']): Promise<Target & { drop: () => Promise<void> }> {
  if (name === 'embedded') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-'));
    return { name, dataDir, drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  }
  const db = `portal_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${db}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${db}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${db} with (force)`);
      await c.end();
    },
  };
}

/** Production's shape: PostgreSQL with the shared Redis cache (when this machine runs one), embedded without. */
export const serverEnv = (target: Target, key: string, redisUrl?: string): Record<string, string> => ({
  ...(target.name === 'embedded'
    ? { DATA_DIR: target.dataDir, DATABASE_URL: '', REDIS_URL: '' }
    : { DATABASE_URL: target.url, DATA_DIR: os.tmpdir(), REDIS_URL: redisUrl ?? '' }),
  ENCRYPTION_KEY: key,
  REGISTRATIONS_PER_MINUTE: '1000000',
  PUBLIC_URL: 'http://127.0.0.1',
});

export async function pgAvailable() {
  const c = new pg.Client({ connectionString: base, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export const baseUrl = base;

export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

export async function redisAvailable() {
  const { createClient } = await import('@redis/client');
  const client = createClient({ url: REDIS_URL, socket: { connectTimeout: 3000, reconnectStrategy: false } });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.destroy();
    return true;
  } catch {
    return false;
  }
}
