import { randomUUID } from 'node:crypto';
import type { Database } from '@/db/types';
import { claimJob, ensureJobs, finishJob } from '@/db/queries/jobs';
import { safeErrorLabel } from '@/server/http';
import { drainOnce } from '@/server/mail/worker';
import { createTransport, type MailTransport } from '@/server/mail/transport';
import { jobsNow } from './clock';
import { JOB_NAMES, JOBS, MAIL_DRAIN } from './registry';

type Log = (line: string) => void;

/** One pass: run every job whose slot this runner wins, then drain the outbox until nothing is due. */
export async function runDueJobs(db: Database, transport: MailTransport, runner: string, log?: Log, stopped = () => false) {
  const now = await jobsNow(db);
  await ensureJobs(db, JOB_NAMES, now);
  for (const job of JOBS) {
    if (!(await claimJob(db, job.name, now, job.everyMs, runner))) continue;
    try {
      const count = await job.run(db, now);
      await finishJob(db, job.name, await jobsNow(db), String(count));
      if (count > 0) log?.(`jobs: ${job.name} did ${count}`);
    } catch (error) {
      await finishJob(db, job.name, await jobsNow(db), 'failed');
      log?.(`jobs: ${job.name} failed (${safeErrorLabel(error)})`);
    }
  }
  if (await claimJob(db, MAIL_DRAIN, now, 1000, runner)) await finishJob(db, MAIL_DRAIN, now, 'running');
  let batch;
  do {
    batch = await drainOnce(db, transport);
    if (batch.claimed > 0) log?.(`mail: ${batch.sent} sent, ${batch.retried} to retry, ${batch.failed} failed`);
  } while (batch.claimed > 0 && !stopped());
}

/**
 * The scheduler loop of a worker (scripts/worker.ts) or of the server itself (inline): polls every
 * second, never overlaps itself, and stop() waits for the pass in flight (#14 §6.9).
 */
export function startScheduler(getDb: () => Promise<Database>, options: { idleMs?: number; log?: Log } = {}) {
  const transport = createTransport();
  const runner = randomUUID();
  const idleMs = options.idleMs ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  const tick = async () => {
    try {
      await runDueJobs(await getDb(), transport, runner, options.log, () => stopped);
    } catch (error) {
      options.log?.(`jobs: paused (${safeErrorLabel(error)})`);
    }
  };
  const loop = () => {
    if (stopped) return;
    running = tick().finally(() => {
      running = undefined;
      if (!stopped) timer = setTimeout(loop, idleMs);
    });
  };
  loop();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await running;
      transport.close();
    },
  };
}
