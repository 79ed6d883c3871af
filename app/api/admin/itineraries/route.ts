import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '@/db/queries/audit';
import { queueItineraries } from '@/db/queries/itineraries';
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
    const queued = await queueItineraries(db, data.eventId, {
      visitIds: data.visitId ? [data.visitId] : undefined,
      registrationId: data.registrationId,
      batch,
    });
    await recordAudit(db, {
      actorId: organizer.id,
      action: 'email.itineraries',
      entityType: 'event',
      entityId: data.eventId,
      after: { queued, visitId: data.visitId ?? null, registrationId: data.registrationId ?? null },
    });
    return { body: { queued, batch }, query: { batch } };
  },
  { target: (data) => ({ event: data.eventId, registrations: data.registrationId ? [data.registrationId] : [] }) },
);
