import type { Database } from '@/db/types';
import { purgeExpiredSessions } from '@/db/queries/auth';
import { purgePassportData } from '@/db/queries/privacy';
import { queueDueReminders } from '@/db/queries/reminders';
import { getConfig } from '@/lib/config';

export interface Job {
  name: string;
  everyMs: number;
  /** How many things it did (e-mails queued, rows removed), for the back office and the log. */
  run: (db: Database, now: Date) => Promise<number>;
}

/**
 * The jobs one worker among many runs per slot (claimed in scheduled_jobs). The mail drain is not here:
 * every worker drains at once, safely, because each message row is claimed with SKIP LOCKED.
 */
export const JOBS: Job[] = [
  { name: 'reminders', everyMs: 60_000, run: queueDueReminders },
  // Retention and sign-in expiry are about real time: a test clock moved forward must not delete real data or sessions.
  { name: 'passport-purge', everyMs: 3600_000, run: (db) => purgePassportData(db, getConfig().PASSPORT_RETENTION_DAYS) },
  { name: 'session-purge', everyMs: 3600_000, run: (db) => purgeExpiredSessions(db) },
];

/** The drain's row in the timetable: each worker's loop moves it on, so the back office sees it is alive. */
export const MAIL_DRAIN = 'mail-drain';
export const JOB_NAMES = [MAIL_DRAIN, ...JOBS.map((j) => j.name)] as const;
