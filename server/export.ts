import { PassThrough, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { asc } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { attendeeColumns, attendeeVisits, attendeeWhere } from '@/db/queries/attendees';
import type { AttendeeFilter } from '@/lib/validations/attendee-filter';
import { registrations } from '@/db/schema';
import { unseal } from '@/lib/crypto';
import { fullName } from '@/lib/names';

export const EXPORT_COLUMNS = [
  'reference',
  'status',
  'name',
  'familyName',
  'givenName',
  'patronymic',
  'latinFamilyName',
  'latinGivenName',
  'organization',
  'position',
  'country',
  'email',
  'phone',
  'delegationType',
  'delegation',
  'language',
  'dietaryNeeds',
  'accessNeeds',
  'visits',
  'visaRequested',
  'checkedInAt',
  'registeredAt',
] as const;
export const PASSPORT_COLUMNS = ['passportNumber', 'nationality', 'dateOfBirth'] as const;

const BATCH = 1000;

/** How codes read in the exporting organizer's language, and times in the event's zone (U13). */
export interface ExportWords {
  status: (code: string) => string;
  country: (code: string) => string;
  type: (code: string) => string;
  language: (code: string) => string;
  visit: (id: string, registrationStatus: string, seat: string) => string;
  yesNo: (value: boolean) => string;
  /** An instant as "2027-10-12 09:00" in the event's zone (the header names the zone). */
  time: (instant: Date) => string;
}

/** Columns an event adds (#16: one per question): loaded a batch at a time, like the visits. */
export interface ExtraColumns {
  load: (registrationIds: string[]) => Promise<(registrationId: string) => string[]>;
}
const NONE: ExtraColumns = { load: async () => () => [] };

/** Rows of the filtered list, a thousand at a time, so 20,000 delegates export in constant memory. */
async function* exportRows(db: Database, eventId: string, filter: Partial<AttendeeFilter>, words: ExportWords, withPassport: boolean, extra: ExtraColumns) {
  const where = attendeeWhere(eventId, filter);
  for (let offset = 0; ; offset += BATCH) {
    const rows = await db
      .select({ ...attendeeColumns, sealed: registrations.visaDataSealed })
      .from(registrations)
      .where(where)
      .orderBy(asc(registrations.createdAt), asc(registrations.id))
      .limit(BATCH)
      .offset(offset);
    if (rows.length === 0) return;
    const [chosen, more] = await Promise.all([
      attendeeVisits(
        db,
        rows.map((r) => r.id),
      ),
      extra.load(rows.map((r) => r.id)),
    ]);
    for (const r of rows) {
      const visa = withPassport && r.sealed ? JSON.parse(unseal(r.sealed)) : null;
      yield [
        r.reference,
        words.status(r.status),
        fullName(r),
        r.familyName,
        r.givenName,
        r.patronymic ?? '',
        r.latinFamilyName,
        r.latinGivenName,
        r.organization,
        r.position ?? '',
        words.country(r.country),
        r.email,
        r.phone,
        words.type(r.delegationType),
        r.delegationName ?? '',
        words.language(r.locale),
        r.dietaryNeeds ?? '',
        r.accessNeeds ?? '',
        chosen
          .filter((c) => c.registrationId === r.id)
          .map((c) => words.visit(c.visitId, r.status, c.status))
          .join('; '),
        words.yesNo(r.visaRequested),
        r.checkedInAt ? words.time(r.checkedInAt) : '',
        words.time(r.createdAt),
        ...more(r.id),
        ...(withPassport ? [visa?.passportNumber ?? '', visa?.nationality ? words.country(visa.nationality) : '', visa?.dateOfBirth ?? ''] : []),
      ];
    }
    if (rows.length < BATCH) return;
  }
}

/** A CSV cell starting with = + - @ would run as a formula in Excel: prefix it so it stays text. */
const neutralize = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

// Readable without resizing: names, organization and visits wide, codes narrow.
const WIDTHS = [11, 14, 18, 10, 10, 10, 12, 12, 28, 18, 14, 28, 18, 14, 10, 20, 20, 36, 8, 17, 17];

/** CSV in UTF-8 with a byte-order mark, so Excel shows Chinese, Korean, Japanese and Russian correctly. */
export function csvStream(
  db: Database,
  eventId: string,
  filter: Partial<AttendeeFilter>,
  header: string[],
  words: ExportWords,
  withPassport: boolean,
  extra: ExtraColumns = NONE,
) {
  const csv = stringify({ bom: true });
  csv.write(header);
  void (async () => {
    try {
      for await (const row of exportRows(db, eventId, filter, words, withPassport, extra)) {
        if (!csv.write(row.map(neutralize))) await new Promise((resolve) => csv.once('drain', resolve));
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return Readable.toWeb(csv) as ReadableStream;
}

/**
 * XLSX written as a stream by ExcelJS. Every cell is a text cell (a string is never a formula in XLSX), so
 * "+82 51 990 7000" shows as typed, with no apostrophe and no number format eating the plus or a leading zero.
 */
export function xlsxStream(
  db: Database,
  eventId: string,
  filter: Partial<AttendeeFilter>,
  header: string[],
  words: ExportWords,
  withPassport: boolean,
  extra: ExtraColumns = NONE,
) {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const sheet = workbook.addWorksheet('Attendees', { views: [{ state: 'frozen', ySplit: 1 }] });
  void (async () => {
    try {
      sheet.columns = header.map((_, i) => ({ width: WIDTHS[i] ?? 16, style: { numFmt: '@' } }));
      sheet.addRow(header).font = { bold: true };
      for await (const row of exportRows(db, eventId, filter, words, withPassport, extra)) sheet.addRow(row).commit();
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  return Readable.toWeb(out) as ReadableStream;
}
