import { z } from 'zod';
import { recordAudit } from '@/db/queries/audit';
import { json } from '@/server/http';
import { adminRoute } from '@/server/auth/admin-route';
import { setJobsClock } from '@/server/jobs/clock';

const schema = z.object({ to: z.iso.datetime({ offset: true }) });

/** Tests move the jobs' clock (JOBS_CLOCK=settable only; otherwise this answers 404 as if it did not exist). */
export const POST = adminRoute('manageAccounts', schema, async ({ db, organizer, data }) => {
  if (!(await setJobsClock(db, new Date(data.to)))) return json({ error: 'notFound' }, 404);
  await recordAudit(db, { actorId: organizer.id, action: 'jobs.clock', entityType: 'jobs', entityId: 'clock', after: { to: data.to } });
  return { body: { ok: true } };
});
