import type { Database } from '@/db/types';
import { clockOffset, setClockOffset } from '@/db/queries/jobs';
import { getConfig } from '@/lib/config';

/** The jobs' "now": real time, or with JOBS_CLOCK=settable the time tests moved it to (shared by every worker). */
export async function jobsNow(db: Database): Promise<Date> {
  if (getConfig().JOBS_CLOCK !== 'settable') return new Date();
  return new Date(Date.now() + (await clockOffset(db)));
}

/** Moves the shared clock so that it reads `to` (an ISO time) now, audited as the actor's; refused unless the clock is settable. */
export async function setJobsClock(db: Database, to: string, actorId: string | null) {
  if (getConfig().JOBS_CLOCK !== 'settable') return false;
  await setClockOffset(db, Math.round(new Date(to).getTime() - Date.now()), { actorId, to });
  return true;
}
