import { getDb } from '@/db/client';
import { listAttendees } from '@/db/queries/attendees';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { authorize } from '@/server/auth/admin-route';
import { json } from '@/server/http';
import { isUuid } from '@/lib/ids';
import { fullName, passportName } from '@/lib/names';

/** The door's search: by any name script, organization or reference. Returns only what check-in needs. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const event = params.get('event') ?? '';
  const auth = await authorize('checkIn', { event });
  if ('response' in auth) return auth.response;
  if (!isUuid(event)) return json({ error: 'validation' }, 400);
  const filter = attendeeFilterSchema.parse({ q: params.get('q') ?? '', sort: 'name', dir: 'asc' });
  const { rows } = await listAttendees(await getDb(), event, filter);
  return json(
    rows.slice(0, 20).map((r) => ({
      id: r.id,
      reference: r.reference,
      status: r.status,
      organization: r.organization,
      name: fullName(r),
      latinName: passportName(r),
      checkedInAt: r.checkedInAt?.toISOString() ?? null,
    })),
  );
}
