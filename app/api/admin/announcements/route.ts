import { saveAnnouncement } from '@/db/queries/announcements';
import { LOCALES } from '@/i18n/locales';
import { announcementSchema, audienceOf } from '@/lib/announcements';
import { adminRoute } from '@/server/auth/admin-route';

/** Saves an announcement draft and opens it (preview per language, recipient count, send). */
export const POST = adminRoute(
  'sendEmail',
  announcementSchema,
  async ({ db, organizer, data }) => {
    const own = data as unknown as Record<string, string>;
    const pick = (field: 'subject' | 'body') => Object.fromEntries(LOCALES.filter((l) => own[`${field}_${l}`]).map((l) => [l, own[`${field}_${l}`]]));
    const saved = await saveAnnouncement(
      db,
      {
        id: data.id,
        eventId: data.eventId,
        idempotencyKey: data.idempotencyKey,
        sourceLocale: data.sourceLocale,
        subject: pick('subject'),
        body: pick('body'),
        audience: audienceOf(data),
      },
      organizer.id,
    );
    const list = `/admin/events/${data.eventId}/announcements` as const;
    // A visit or delegation of another event: only a hand-made request names one (the pickers list the event's own).
    if (saved.kind === 'foreign-audience') {
      const field = data.audienceKind === 'visit' ? 'visitId' : 'delegationId';
      return {
        status: 400,
        body: { error: 'validation', fields: { [field]: field === 'visitId' ? 'chooseVisit' : 'chooseDelegation' } },
        query: { result: 'invalid' },
      };
    }
    if (saved.kind === 'not-draft') return { status: 409, body: { error: 'alreadySent' }, page: list, query: { result: 'already-sent' } };
    return { body: { id: saved.id }, page: `${list}/${saved.id}` };
  },
  // A co-host writes announcements for its own events only; the id, if any, must be of this event (saveAnnouncement).
  { maxBytes: 600_000, target: (data) => ({ event: data.eventId }) },
);
