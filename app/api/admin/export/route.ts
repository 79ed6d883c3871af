import { createTranslator } from 'use-intl/core';
import { getDb } from '@/db/client';
import { adminEvent } from '@/db/queries/admin-events';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { recordExport } from '@/db/queries/attendees';
import { visitTitles } from '@/db/queries/events';
import { isLocale } from '@/i18n/locales';
import { authorize, refusal, safeReturn } from '@/server/auth/admin-route';
import { csvStream, EXPORT_COLUMNS, PASSPORT_COLUMNS, xlsxStream } from '@/server/export';
import { fromOwnSite, json, readForm } from '@/server/http';
import { pickText } from '@/lib/localized';
import { zoneLabel } from '@/lib/zone-names';
import { exportWords } from '@/server/export-words';
import { answerColumns } from '@/server/answer-columns';

/**
 * The filtered attendee list as CSV or XLSX. Without passport data a plain link (GET) will do; with it,
 * only a form post from our own pages (POST, origin checked), so another site cannot make an admin's
 * browser fetch the passport list.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if (params.get('passport') === '1') return json({ error: 'usePost' }, 405, { Allow: 'POST' });
  return exportList(params);
}

export async function POST(request: Request) {
  if (!fromOwnSite(request)) return json({ error: 'forbidden' }, 403);
  const input = await readForm(request);
  if (!input.ok) return input.response;
  const params = new URLSearchParams(
    Object.entries(input.value as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
  return exportList(params);
}

async function exportList(params: URLSearchParams) {
  // From the event page (link or form), a refusal opens the page that says why instead of a download that fails.
  const from = safeReturn(params.get('returnTo'))?.split('/')[1];
  const auth = await authorize('manageAttendees', { event: params.get('event') ?? '' }, from);
  if ('response' in auth) return auth.response;
  const lang = params.get('lang');
  const locale = isLocale(lang) ? lang : 'en';
  const format = params.get('format') === 'xlsx' ? 'xlsx' : 'csv';
  const withPassport = params.get('passport') === '1';
  const refused = withPassport && refusal(auth.organizer, 'exportPassport', from);
  if (refused) return refused;
  const db = await getDb();
  const event = await adminEvent(db, params.get('event') ?? '', locale);
  if (!event) return json({ error: 'notFound' }, 404);
  const filter = attendeeFilterSchema.parse(Object.fromEntries(params));
  const messages = (await import(`@/messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: 'Admin.export' });
  const answers = await answerColumns(db, event.id, locale, event.sourceLocale);
  const visitRows = await visitTitles(db, event.id);
  const words = exportWords(
    messages,
    locale,
    event.timeZone,
    (id) => pickText(visitRows.find((v) => v.id === id)?.title, locale, event.sourceLocale)?.text ?? id,
  );
  // The time columns name the event's zone, in which their times are written.
  const zone = zoneLabel(event.timeZone, locale);
  const p = createTranslator({ locale, messages, namespace: 'Punctuation' });
  const timed = new Set<string>(['checkedInAt', 'registeredAt']);
  await recordExport(db, auth.organizer.id, event.id, { withPassport, format, filter });
  const label = (c: string) =>
    timed.has(c) ? p('parenthetical', { text: t(`columns.${c}` as 'columns.reference'), note: zone }) : t(`columns.${c}` as 'columns.reference');
  // Answers (one column per question) come after the fixed columns, before the passport ones, as the rows do.
  const header = [...EXPORT_COLUMNS.map(label), ...answers.header, ...(withPassport ? PASSPORT_COLUMNS.map(label) : [])];
  const name = `${event.slug}-attendees.${format}`;
  const body =
    format === 'csv'
      ? csvStream(db, event.id, filter, header, words, withPassport, answers)
      : xlsxStream(db, event.id, filter, header, words, withPassport, answers);
  return new Response(body, {
    headers: {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    },
  });
}
