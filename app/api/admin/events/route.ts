import { saveEvent } from '@/db/queries/event-editor';
import { queueItineraries } from '@/db/queries/itineraries';
import { adminRoute } from '@/server/auth/admin-route';
import { safeErrorLabel } from '@/server/http';
import { revalidatePublic } from '@/server/revalidate';
import { eventSchema } from '@/lib/validations/event';

/** Create or update an event from the editor; answers JSON in the shape of adminRoute's validation errors. */
export const POST = adminRoute(
  'editEvents',
  eventSchema,
  async ({ db, organizer, data }) => {
    const result = await saveEvent(db, organizer.id, data);
    switch (result.kind) {
      case 'slugTaken':
        return { status: 400, body: { error: 'validation', fields: { slug: 'slugTaken' } } };
      case 'notFound':
        return { status: 404, body: { error: 'notFound' } };
      case 'unknownVisit':
        return { status: 409, body: { error: 'unknownVisit' } };
      case 'visitHasRegistrations':
        return { status: 409, body: { error: 'visitHasRegistrations', visitId: result.visitId } };
    }
    revalidatePublic();
    // After the commit: delegates of changed visits get one fresh itinerary each; the save stands even if queueing fails.
    let queued = 0;
    let queueFailed = false;
    if (result.changedVisits.length > 0) {
      try {
        queued = await queueItineraries(db, result.id, { visitIds: result.changedVisits, update: true });
      } catch (error) {
        console.error(`itinerary queue failed: ${safeErrorLabel(error)}`);
        queueFailed = true;
      }
    }
    return {
      body: {
        ok: true,
        id: result.id,
        created: result.created,
        visitIds: result.visitIds,
        queued,
        queueFailed,
        visitsCancelledNotified: result.notifiedOfCancelledVisits,
        promoted: result.promoted,
      },
    };
  },
  { maxBytes: 1024 * 1024 },
); // five languages of long Markdown fit well below 1 MiB
