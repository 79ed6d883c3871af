import { and, asc, count, desc, eq, exists, ilike, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { delegations, outboundEmails, registrationAnswers, registrationVisits, registrations, visits } from '@/db/schema';
import { ACTIVE_REGISTRATION_STATUSES } from '@/lib/domain';
import type { AttendeeFilter } from '@/lib/validations/attendee-filter';
import { isUuid } from '@/lib/ids';
import { recordAudit } from './audit';

const PAGE_SIZE = 50;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function attendeeWhere(eventId: string, f: Partial<AttendeeFilter>): SQL | undefined {
  const like = f.q ? `%${escapeLike(f.q)}%` : undefined;
  return and(
    eq(registrations.eventId, eventId),
    like
      ? or(
          ilike(registrations.familyName, like),
          ilike(registrations.givenName, like),
          ilike(registrations.latinFamilyName, like),
          ilike(registrations.latinGivenName, like),
          ilike(registrations.organization, like),
          ilike(registrations.email, like),
          ilike(registrations.reference, like),
          // "李明" or "Ivanova Anna": the whole name as people type it.
          ilike(sql`${registrations.familyName} || ${registrations.givenName}`, like.replace(/\s+/g, '')),
          ilike(sql`${registrations.latinFamilyName} || ' ' || ${registrations.latinGivenName}`, like),
        )
      : undefined,
    f.status ? eq(registrations.status, f.status) : undefined,
    f.country ? eq(registrations.country, f.country) : undefined,
    f.type ? eq(registrations.delegationType, f.type) : undefined,
    f.delegation === 'none' ? isNull(registrations.delegationId) : f.delegation ? eq(registrations.delegationId, f.delegation) : undefined,
    f.checkedIn === 'yes' ? isNotNull(registrations.checkedInAt) : f.checkedIn === 'no' ? isNull(registrations.checkedInAt) : undefined,
    f.answer ? answerFilter(f.answer) : undefined,
    f.visit
      ? exists(
          sql`select 1 from ${registrationVisits} where ${registrationVisits.registrationId} = ${registrations.id} and ${registrationVisits.visitId} = ${f.visit}`,
        )
      : undefined,
  );
}

/** Delegates whose answer to a question is this choice, this yes or no, or contains this text. */
function answerFilter(answer: string) {
  const [questionId, value] = [answer.slice(0, 36), answer.slice(37)];
  const match =
    value === 'yes' || value === 'no'
      ? sql`${registrationAnswers.value} = ${value === 'yes' ? 'true' : 'false'}::jsonb`
      : sql`(${registrationAnswers.value} = to_jsonb(${value}::text) or ${registrationAnswers.value} @> jsonb_build_array(${value}::text)
      or ${registrationAnswers.value} #>> '{}' ilike ${`%${escapeLike(value)}%`})`;
  return sql`exists (select 1 from ${registrationAnswers} where ${registrationAnswers.registrationId} = ${registrations.id}
    and ${registrationAnswers.questionId} = ${questionId} and ${match})`;
}

function orderBy(f: AttendeeFilter) {
  const dir = f.dir === 'asc' ? asc : desc;
  switch (f.sort) {
    case 'name':
      return [dir(registrations.latinFamilyName), dir(registrations.latinGivenName)];
    case 'organization':
      return [dir(registrations.organization)];
    case 'country':
      return [dir(registrations.country)];
    case 'status':
      return [dir(registrations.status)];
    case 'reference':
      return [dir(registrations.reference)];
    // Grouped by delegation (its name, then the order members were registered); people on their own last.
    case 'delegation':
      return [sql`${delegationName} ${sql.raw(f.dir === 'asc' ? 'asc' : 'desc')} nulls last`, asc(registrations.delegationId), asc(registrations.createdAt)];
    default:
      return [dir(registrations.createdAt), dir(registrations.id)];
  }
}

const delegationName = sql<string | null>`(select ${delegations.name} from ${delegations} where ${delegations.id} = ${registrations.delegationId})`;

export const attendeeColumns = {
  delegationId: registrations.delegationId,
  delegationName,
  id: registrations.id,
  reference: registrations.reference,
  status: registrations.status,
  familyName: registrations.familyName,
  givenName: registrations.givenName,
  patronymic: registrations.patronymic,
  latinFamilyName: registrations.latinFamilyName,
  latinGivenName: registrations.latinGivenName,
  organization: registrations.organization,
  position: registrations.position,
  country: registrations.country,
  email: registrations.email,
  phone: registrations.phone,
  delegationType: registrations.delegationType,
  locale: registrations.locale,
  dietaryNeeds: registrations.dietaryNeeds,
  accessNeeds: registrations.accessNeeds,
  visaRequested: registrations.visaRequested,
  checkedInAt: registrations.checkedInAt,
  createdAt: registrations.createdAt,
};

/** One page of the list, filtered, sorted and paginated in the database. */
export async function listAttendees(db: Database, eventId: string, f: AttendeeFilter) {
  const where = attendeeWhere(eventId, f);
  const [rows, [total]] = await Promise.all([
    db
      .select(attendeeColumns)
      .from(registrations)
      .where(where)
      .orderBy(...orderBy(f))
      .limit(PAGE_SIZE)
      .offset((f.page - 1) * PAGE_SIZE),
    db.select({ n: count() }).from(registrations).where(where),
  ]);
  return { rows, total: total?.n ?? 0, pages: Math.max(1, Math.ceil((total?.n ?? 0) / PAGE_SIZE)) };
}

/** Counts for the event's overview and dashboard. */
export async function attendeeCounts(db: Database, eventId: string) {
  const byEvent = eq(registrations.eventId, eventId);
  const [byStatus, byCountry, byType, perVisit, perDay, [checkedIn]] = await Promise.all([
    db.select({ key: registrations.status, n: count() }).from(registrations).where(byEvent).groupBy(registrations.status),
    db
      .select({ key: registrations.country, n: count() })
      .from(registrations)
      .where(and(byEvent, inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)))
      .groupBy(registrations.country)
      .orderBy(desc(count())),
    db
      .select({ key: registrations.delegationType, n: count() })
      .from(registrations)
      .where(and(byEvent, inArray(registrations.status, ACTIVE_REGISTRATION_STATUSES)))
      .groupBy(registrations.delegationType)
      .orderBy(desc(count())),
    db
      .select({
        id: visits.id,
        title: visits.title,
        capacity: visits.capacity,
        confirmed: sql<number>`count(${registrationVisits.registrationId}) filter (where ${registrationVisits.status} = 'confirmed')`.mapWith(Number),
        waitlisted: sql<number>`count(${registrationVisits.registrationId}) filter (where ${registrationVisits.status} = 'waitlisted')`.mapWith(Number),
      })
      .from(visits)
      .leftJoin(registrationVisits, eq(registrationVisits.visitId, visits.id))
      .where(eq(visits.eventId, eventId))
      .groupBy(visits.id)
      .orderBy(asc(visits.position)),
    db
      .select({ day: sql<string>`to_char(${registrations.createdAt} at time zone 'UTC', 'YYYY-MM-DD')`, n: count() })
      .from(registrations)
      .where(byEvent)
      .groupBy(sql`1`)
      .orderBy(sql`1`),
    db
      .select({ n: count() })
      .from(registrations)
      .where(and(byEvent, isNotNull(registrations.checkedInAt))),
  ]);
  return { byStatus, byCountry, byType, perVisit, perDay, checkedIn: checkedIn?.n ?? 0 };
}

export async function attendeeVisits(db: Database, registrationIds: string[]) {
  if (registrationIds.length === 0) return [];
  return db.select().from(registrationVisits).where(inArray(registrationVisits.registrationId, registrationIds));
}

/** Everything about one delegate for the back office — passport data stays sealed (revealed separately, logged). */
export async function registrationDetail(db: Database, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db
    .select({
      ...attendeeColumns,
      eventId: registrations.eventId,
      honorific: registrations.honorific,
      consentAt: registrations.consentAt,
      consentVersion: registrations.consentVersion,
      hasVisaData: sql<boolean>`${registrations.visaDataSealed} is not null`,
    })
    .from(registrations)
    .where(eq(registrations.id, id));
  if (!row) return null;
  const [chosen, emails] = await Promise.all([
    db
      .select({ visitId: registrationVisits.visitId, status: registrationVisits.status, title: visits.title })
      .from(registrationVisits)
      .innerJoin(visits, eq(visits.id, registrationVisits.visitId))
      .where(eq(registrationVisits.registrationId, id))
      .orderBy(asc(visits.startsAt)),
    db
      .select({
        id: outboundEmails.id,
        kind: outboundEmails.kind,
        status: outboundEmails.status,
        subject: outboundEmails.subject,
        attempts: outboundEmails.attempts,
        createdAt: outboundEmails.createdAt,
        sentAt: outboundEmails.sentAt,
        lastError: outboundEmails.lastError,
      })
      .from(outboundEmails)
      .where(eq(outboundEmails.registrationId, id))
      .orderBy(desc(outboundEmails.id)),
  ]);
  return { ...row, visits: chosen, emails };
}

/**
 * An attendee export is a read, not a change, but the log says who took the list (and whether with passport
 * data) and how it was filtered; the route calls this before the file streams, so it has no transaction to share.
 */
export async function recordExport(
  db: Database,
  actorId: string,
  eventId: string,
  details: { withPassport: boolean; format: 'csv' | 'xlsx'; filter: AttendeeFilter },
) {
  await recordAudit(db, {
    actorId,
    action: details.withPassport ? 'export.with-passport' : 'export',
    entityType: 'event',
    entityId: eventId,
    after: { format: details.format, filter: details.filter },
  });
}
