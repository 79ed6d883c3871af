import { createTranslator } from 'use-intl/core';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { badgeRows } from '@/db/queries/badges';
import { isLocale } from '@/i18n/locales';
import { countryName } from '@/lib/countries';
import { isUuid } from '@/lib/ids';
import { fullName, hasDistinctPassportName, passportName } from '@/lib/names';
import { authorize } from '@/server/auth/admin-route';
import { json, safeErrorLabel } from '@/server/http';
import { renderBadges } from '@/server/pdf/badges';

export const dynamic = 'force-dynamic';

/**
 * Name badges as a PDF (#16): the event's confirmed delegates, narrowed by the attendee filters, by arrival day
 * (`arrival=YYYY-MM-DD`), one delegation (`delegation=<id>`), or one reference (the check-in desk, door staff
 * included). `layout=a6|a4x8`. A co-host prints only for its own events.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const reference = params.get('reference') ?? undefined;
  const lang = params.get('lang');
  const locale = isLocale(lang) ? lang : 'en';
  // A link opened from a back-office page: a refusal (a session that ended meanwhile) opens the page that says why.
  const auth = await authorize(reference ? 'checkIn' : 'manageAttendees', { event: params.get('event') ?? '' }, locale);
  if ('response' in auth) return auth.response;
  const layout = params.get('layout') === 'a6' ? 'a6' : 'a4x8';
  const arrival = params.get('arrival') ?? undefined;
  const delegation = params.get('delegation');
  // A malformed narrowing is refused, never dropped: it must not print the whole event's badges instead.
  if (
    (arrival && !/^\d{4}-\d{2}-\d{2}$/.test(arrival)) ||
    (reference && !/^[A-Za-z0-9-]{4,20}$/.test(reference)) ||
    (delegation !== null && !isUuid(delegation))
  )
    return json({ error: 'invalid' }, 400);
  try {
    const db = await getDb();
    const event = await adminEvent(db, params.get('event') ?? '', locale);
    if (!event) return json({ error: 'notFound' }, 404);
    const rows = await badgeRows(db, event.id, { filter: attendeeFilterSchema.parse(Object.fromEntries(params)), arrivalDay: arrival, reference });
    if (rows.length === 0) return json({ error: 'noBadges' }, 404);
    const messages = (await import(`@/messages/${locale}.json`)).default;
    const types = createTranslator({ locale, messages, namespace: 'RegistrationForm.delegationTypes' });
    const pdf = await renderBadges(
      rows.map((r) => ({
        reference: r.reference,
        name: fullName(r),
        latinName: hasDistinctPassportName(r) ? passportName(r) : null,
        organization: r.organization,
        country: `${r.country} · ${countryName(r.country, r.locale)}`,
        type: types(r.delegationType as 'other'),
        typeKey: r.delegationType,
        locale: r.locale,
      })),
      layout,
      event.title,
    );
    return new Response(pdf as BodyInit, {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Disposition': `inline; filename="${event.slug}-badges.pdf"`,
        'Cache-Control': 'no-store',
      },
    });
  } catch (error) {
    console.error(`badges failed: ${safeErrorLabel(error)}`);
    return json({ error: 'tryAgain' }, 503);
  }
}
