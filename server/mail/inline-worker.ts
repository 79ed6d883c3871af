import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config';
import { startWorker } from './worker';

const holder = globalThis as typeof globalThis & { __mailWorker?: ReturnType<typeof startWorker> };

/** The default deployment: the server process delivers its own outbox, and stops cleanly on shutdown. */
export function startInlineWorker() {
  if (getConfig().MAIL_WORKER !== 'inline' || holder.__mailWorker) return;
  holder.__mailWorker = startWorker(getDb, { log: (line) => console.log(line) });
  const stop = () => {
    const worker = holder.__mailWorker;
    holder.__mailWorker = undefined;
    void worker?.stop().finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
