import { and, asc, eq, lte } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { jobsClock, scheduledJobs } from '@/db/schema';
import { recordAudit } from './audit';

/** A row per job, first run now; existing rows (and their timetable) are kept across restarts. */
export async function ensureJobs(db: Database, names: readonly string[], now: Date) {
  await db
    .insert(scheduledJobs)
    .values(names.map((name) => ({ name, nextRunAt: now })))
    .onConflictDoNothing();
}

/**
 * Take the job's due slot: one conditional update moves its next run on, so of several workers (or a
 * restarted one) exactly one gets a row back. PostgreSQL re-checks the condition after a concurrent update.
 */
export async function claimJob(db: Database, name: string, now: Date, everyMs: number, runner: string) {
  const rows = await db
    .update(scheduledJobs)
    .set({ nextRunAt: new Date(now.getTime() + everyMs), lastStartedAt: now, runner })
    .where(and(eq(scheduledJobs.name, name), lte(scheduledJobs.nextRunAt, now)))
    .returning({ name: scheduledJobs.name });
  return rows.length === 1;
}

export async function finishJob(db: Database, name: string, now: Date, result: string) {
  await db
    .update(scheduledJobs)
    .set({ lastFinishedAt: now, lastResult: result.slice(0, 300) })
    .where(eq(scheduledJobs.name, name));
}

export async function listJobs(db: Database) {
  return db.select().from(scheduledJobs).orderBy(asc(scheduledJobs.name));
}

export async function clockOffset(db: Database) {
  const [row] = await db.select({ offsetMs: jobsClock.offsetMs }).from(jobsClock);
  return row?.offsetMs ?? 0;
}

/** Moves the jobs' shared clock, on the record: `to` is the time it was asked to read, as asked. */
export async function setClockOffset(db: Database, offsetMs: number, change: { actorId: string | null; to: string }) {
  await db.transaction(async (tx) => {
    await tx.insert(jobsClock).values({ id: 1, offsetMs }).onConflictDoUpdate({ target: jobsClock.id, set: { offsetMs } });
    await recordAudit(tx, { actorId: change.actorId, action: 'jobs.clock', entityType: 'jobs', entityId: 'clock', after: { to: change.to } });
  });
}
