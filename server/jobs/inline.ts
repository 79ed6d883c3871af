import { getDb } from '@/db/client';
import { getConfig } from '@/lib/config';
import { startScheduler } from './scheduler';

const holder = globalThis as typeof globalThis & { __jobRunners?: ReturnType<typeof startScheduler>[] };

/** The default deployment: the server runs its own jobs (mail, reminders, purges), and stops them cleanly on shutdown. */
export function startInlineJobs() {
  const config = getConfig();
  if (config.MAIL_WORKER !== 'inline' || holder.__jobRunners) return;
  holder.__jobRunners = Array.from({ length: config.JOBS_INLINE_RUNNERS }, () => startScheduler(getDb, { log: (line) => console.log(line) }));
  const stop = () => {
    const runners = holder.__jobRunners ?? [];
    holder.__jobRunners = undefined;
    void Promise.all(runners.map((r) => r.stop())).finally(() => process.exit(0));
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
