import net from 'node:net';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Database } from '@/db/types';
import { registerDelegate } from '@/db/queries/registrations';
import * as schema from '@/db/schema';
import { createTransport } from '@/server/mail/transport';
import { drainOnce, drainUntilEmpty } from '@/server/mail/worker';
import { delegate, openEvent, parse } from '../../tests/fixtures';
import { startSmtp, pointMailAt } from '../../tests/smtp-harness';

const MESSAGES = 2000;

async function queue(db: Database) {
  const { slug } = await openEvent(db, { capacity: 50, visits: [20] });
  const ids: string[] = [];
  for (let i = 0; i < 10; i++) {
    const r = await registerDelegate(db, slug, (['zh', 'en', 'ko', 'ja', 'ru'] as const)[i % 5]!, parse(delegate(i)));
    if (r.kind === 'registered') ids.push(r.registrationId);
  }
  await db.delete(schema.outboundEmails);
  for (let i = 0; i < MESSAGES; i += 500) {
    await db.insert(schema.outboundEmails).values(
      Array.from({ length: 500 }, (_, k) => ({
        kind: 'confirmation',
        registrationId: ids[(i + k) % ids.length]!,
        locale: 'en' as const,
        toAddress: `drain${i + k}@example.org`,
        payload: { status: 'confirmed' },
      })),
    );
  }
}

/** What reached the SMTP server; a rate only counts when every queued message arrived, each once. */
function delivered(received: { messageId?: string }[], run: string) {
  const result = { delivered: received.length, unique: new Set(received.map((m) => m.messageId)).size };
  if (result.unique !== MESSAGES)
    throw new Error(`mail drain (${run}): ${result.unique} distinct messages of ${MESSAGES} arrived (${result.delivered} in all)`);
  return result;
}

/** 2,000 queued messages to a local SMTP server: one worker, then (PostgreSQL) two workers at once. */
export async function mailDrain(db: Database, pgUrl?: string) {
  const smtp = await startSmtp();
  pointMailAt(smtp.url, { MAIL_RETRY_BASE_MS: '1000' });
  await queue(db);
  let started = performance.now();
  await drainUntilEmpty(db, 50);
  const oneWorker = MESSAGES / ((performance.now() - started) / 1000);
  const single = { perSecond: oneWorker, ...delivered(smtp.received, 'one worker') };
  let pair = null;
  if (pgUrl) {
    smtp.received.length = 0;
    await queue(db);
    const pool = new pg.Pool({ connectionString: pgUrl, max: 10 });
    const second = drizzle(pool, { schema }) as unknown as Database;
    started = performance.now();
    const [a, b] = await Promise.all([drainUntilEmpty(db, 50), drainUntilEmpty(second, 50)]);
    const seconds = (performance.now() - started) / 1000;
    await pool.end();
    pair = { perSecond: MESSAGES / seconds, split: [a, b], ...delivered(smtp.received, 'two workers') };
  }
  await smtp.close();
  return { single, pair, silentRelayS: await silentRelaySeconds(db) };
}

/** Seconds one worker pass spends on a relay that accepts TCP and never greets before it gives up (target: < 15). */
async function silentRelaySeconds(db: Database) {
  const silent = net.createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  pointMailAt(`smtp://127.0.0.1:${(silent.address() as net.AddressInfo).port}`, { MAIL_RETRY_BASE_MS: '1000' });
  await queue(db);
  const transport = createTransport();
  const started = performance.now();
  await drainOnce(db, transport, 1);
  const seconds = (performance.now() - started) / 1000;
  transport.close();
  silent.close();
  return seconds;
}
