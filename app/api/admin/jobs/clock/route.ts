import { z } from 'zod';
import { json } from '@/server/http';
import { adminRoute } from '@/server/auth/admin-route';
import { setJobsClock } from '@/server/jobs/clock';

const schema = z.object({ to: z.iso.datetime({ offset: true }) });

/** Tests move the jobs' clock (JOBS_CLOCK=settable only; otherwise this answers 404 as if it did not exist). */
export const POST = adminRoute('manageAccounts', schema, async ({ db, organizer, data }) => {
  if (!(await setJobsClock(db, data.to, organizer.id))) return json({ error: 'notFound' }, 404);
  return { body: { ok: true } };
});
