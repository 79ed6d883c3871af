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
    const id = await saveAnnouncement(
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
    if (!id) return { status: 409, body: { error: 'alreadySent' }, page: list, query: { result: 'already-sent' } };
    return { body: { id }, page: `${list}/${id}` };
  },
  { maxBytes: 600_000 },
);
