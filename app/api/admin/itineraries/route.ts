import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { sendItineraries } from '@/db/queries/itineraries';
import { uuidOrEmpty } from '@/lib/validations/primitives';
import { adminRoute } from '@/server/auth/admin-route';

const schema = z.object({
  eventId: z.uuid(),
  visitId: z.pipe(
    uuidOrEmpty,
    z.transform((v) => v || undefined),
  ),
  registrationId: z.uuid().optional(),
});

/** Queue itineraries for a whole event, one visit's delegates, or one delegate; the page then shows progress. */
export const POST = adminRoute(
  'sendEmail',
  schema,
  async ({ db, organizer, data }) => {
    const batch = randomUUID();
    const queued = await sendItineraries(db, organizer.id, data.eventId, { visitId: data.visitId, registrationId: data.registrationId, batch });
    return { body: { queued, batch }, query: { batch } };
  },
  { target: (data) => ({ event: data.eventId, registrations: data.registrationId ? [data.registrationId] : [] }) },
);
