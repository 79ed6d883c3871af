import { eq } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { events, registrations } from '@/db/schema';
import { recordAudit } from './audit';
import { allQuestions, answersOf, formSettings, saveAnswers } from './questions';
import { saveTravel, travelOf } from './travel';
import type { FormExtras } from './form-extras';

/** Answers and travel may change until registration closes (or, without a closing time, until the event starts). */
export const extrasDeadline = (e: { registrationClosesAt: Date | null; startsAt: Date }) => e.registrationClosesAt ?? e.startsAt;

/** One delegate's answers and travel with the event's questions, for the private and the back-office pages. */
export async function registrationExtras(db: Database, registrationId: string) {
  const [row] = await db
    .select({
      eventId: registrations.eventId,
      delegationType: registrations.delegationType,
      status: registrations.status,
      closes: events.registrationClosesAt,
      startsAt: events.startsAt,
      sourceLocale: events.sourceLocale,
      timeZone: events.timeZone,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(eq(registrations.id, registrationId));
  if (!row) return null;
  const [questions, settings, answers, travel] = await Promise.all([
    allQuestions(db, row.eventId),
    formSettings(db, row.eventId),
    answersOf(db, [registrationId]),
    travelOf(db, registrationId),
  ]);
  const deadline = extrasDeadline({ registrationClosesAt: row.closes, startsAt: row.startsAt });
  return {
    eventId: row.eventId,
    delegationType: row.delegationType,
    sourceLocale: row.sourceLocale,
    timeZone: row.timeZone,
    questions,
    asksTravel: settings.asksTravel,
    answers: answers.get(registrationId) ?? {},
    travel,
    deadline,
    editable: deadline > new Date(),
  };
}
export type RegistrationExtras = NonNullable<Awaited<ReturnType<typeof registrationExtras>>>;

/** The delegate's own change, under the event's row lock like every other change to a registration. */
export async function changeExtras(db: Database, registrationId: string, extras: FormExtras) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ eventId: registrations.eventId }).from(registrations).where(eq(registrations.id, registrationId));
    if (!row) return { kind: 'not-found' as const };
    const [event] = await tx
      .select({ closes: events.registrationClosesAt, startsAt: events.startsAt })
      .from(events)
      .where(eq(events.id, row.eventId))
      .for('update');
    if (!event || extrasDeadline({ registrationClosesAt: event.closes, startsAt: event.startsAt }) <= new Date()) return { kind: 'closed' as const };
    await saveAnswers(tx, registrationId, extras.asked, extras.answers);
    if (extras.travel) await saveTravel(tx, registrationId, extras.travel);
    await tx.update(registrations).set({ updatedAt: new Date() }).where(eq(registrations.id, registrationId));
    // The delegate changed it (no organizer): audited in the same transaction.
    await recordAudit(tx, {
      actorId: null,
      action: 'registration.self-update',
      entityType: 'registration',
      entityId: registrationId,
      after: { fields: ['answers', ...(extras.travel ? ['travel'] : [])] },
    });
    return { kind: 'ok' as const };
  });
}
