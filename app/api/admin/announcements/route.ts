import { saveAnnouncement } from '@/db/queries/announcements';
import { LOCALES } from '@/i18n/locales';
import { announcementSchema, audienceOf } from '@/lib/announcements';
import { adminRoute, safeReturn } from '@/server/auth/admin-route';

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
    const back = safeReturn(data.returnTo)?.split('?')[0];
    const list = back?.replace(/\/announcements(\/[^/]+)?$/, '/announcements');
    if (!id) return { status: 409, body: { error: 'alreadySent' }, redirect: list ? `${list}?result=already-sent` : undefined };
    return { body: { id }, redirect: list ? `${list}/${id}` : undefined };
  },
  { maxBytes: 600_000 },
);
