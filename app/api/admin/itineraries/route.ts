import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { recordAudit } from '@/db/queries/audit';
import { queueItineraries } from '@/db/queries/itineraries';
import { adminRoute, safeReturn } from '@/server/auth/admin-route';

const schema = z.object({
  eventId: z.uuid(),
  visitId: z.uuid().optional().or(z.literal('').transform(() => undefined)),
  registrationId: z.uuid().optional(),
  returnTo: z.string().optional(),
});

/** Queue itineraries for a whole event, one visit's delegates, or one delegate; the page then shows progress. */
export const POST = adminRoute('sendEmail', schema, async ({ db, organizer, data }) => {
  const batch = randomUUID();
  const queued = await queueItineraries(db, data.eventId, { visitIds: data.visitId ? [data.visitId] : undefined, registrationId: data.registrationId, batch });
  await recordAudit(db, { actorId: organizer.id, action: 'email.itineraries', entityType: 'event', entityId: data.eventId, after: { queued, visitId: data.visitId ?? null, registrationId: data.registrationId ?? null } });
  const back = safeReturn(data.returnTo)?.split('?')[0];
  return { body: { queued, batch }, redirect: back ? `${back}?batch=${batch}` : undefined };
}, { target: (data) => ({ event: data.eventId, registrations: data.registrationId ? [data.registrationId] : [] }) });
