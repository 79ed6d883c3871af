import { z } from 'zod';
import { stringify } from 'csv-stringify/sync';
import { createTranslator } from 'use-intl/core';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { arrivalRows, markArrivalsPrinted } from '@/db/queries/travel';
import { isLocale } from '@/i18n/locales';
import { fullName, passportName } from '@/lib/names';
import { adminRoute, authorize } from '@/server/auth/admin-route';
import { json } from '@/server/http';

export const dynamic = 'force-dynamic';

/** The arrivals board as CSV (UTF-8 with BOM, for Excel), in order of arrival, headed in the organizer's language. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const lang = params.get('lang');
  const locale = isLocale(lang) ? lang : 'en';
  // A link opened from a back-office page: a refusal (a session that ended meanwhile) opens the page that says why.
  const auth = await authorize('manageAttendees', { event: params.get('event') ?? '' }, locale);
  if ('response' in auth) return auth.response;
  const db = await getDb();
  const event = await adminEvent(db, params.get('event') ?? '', locale);
  if (!event) return json({ error: 'notFound' }, 404);
  const rows = await arrivalRows(db, event.id);
  const messages = (await import(`@/messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: 'Travel' });
  const a = createTranslator({ locale, messages, namespace: 'Arrivals' });
  const header = [
    a('reference'),
    a('name'),
    a('latinName'),
    a('organization'),
    a('phone'),
    ...(
      [
        'arrivalDate',
        'arrivalTime',
        'arrivalCarrier',
        'arrivalPlace',
        'pickup',
        'departureDate',
        'departureTime',
        'departureCarrier',
        'departurePlace',
        'room',
        'nights',
      ] as const
    ).map((f) => t(`fields.${f}`)),
  ];
  // A cell starting with = + - @ would run as a formula in Excel.
  const cell = (v: string) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v);
  const body = rows.map((r) =>
    [
      r.reference,
      fullName(r),
      passportName(r),
      r.organization,
      r.phone,
      r.travel.arrivalDate ?? '',
      r.travel.arrivalTime ?? '',
      r.travel.arrivalCarrier ?? '',
      r.travel.arrivalPlace ?? '',
      t(r.travel.pickup ? 'pickupYes' : 'pickupNo'),
      r.travel.departureDate ?? '',
      r.travel.departureTime ?? '',
      r.travel.departureCarrier ?? '',
      r.travel.departurePlace ?? '',
      t(`rooms.${r.travel.room}`),
      String(r.travel.nights),
    ].map(cell),
  );
  return new Response(stringify([header, ...body], { bom: true }), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${event.slug}-arrivals.csv"`,
      'Cache-Control': 'no-store',
    },
  });
}

/** The organizer prints the board: later changes are marked against this moment. */
export const POST = adminRoute(
  'manageAttendees',
  z.object({ eventId: z.uuid() }),
  async ({ db, organizer, data }) => {
    const at = await markArrivalsPrinted(db, organizer.id, data.eventId);
    return { body: { ok: true, printedAt: at.toISOString() } };
  },
  { target: (data) => ({ event: data.eventId }) },
);
