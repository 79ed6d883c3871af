import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '@/db/types';
import { eventFormSettings, eventQuestions, events, registrationAnswers, registrations } from '@/db/schema';
import type { AnswerValue, FormQuestion, QuestionOption, QuestionsEditorData } from '@/lib/validations/questions';
import { recordAudit } from './audit';

const asForm = (q: typeof eventQuestions.$inferSelect): FormQuestion & { archived: boolean } => ({
  id: q.id,
  kind: q.kind,
  required: q.required,
  delegationTypes: q.delegationTypes,
  label: q.label,
  options: q.options,
  archived: q.archivedAt !== null,
});

/** The questions an event's form asks now, in order (archived ones are no longer asked). */
async function formQuestions(db: Database, eventId: string): Promise<FormQuestion[]> {
  const rows = await db
    .select()
    .from(eventQuestions)
    .where(and(eq(eventQuestions.eventId, eventId), isNull(eventQuestions.archivedAt)))
    .orderBy(asc(eventQuestions.position));
  return rows.map(asForm);
}

/** Every question the event ever asked, archived ones last: old answers stay readable. */
export async function allQuestions(db: Database, eventId: string) {
  const rows = await db
    .select()
    .from(eventQuestions)
    .where(eq(eventQuestions.eventId, eventId))
    .orderBy(sql`${eventQuestions.archivedAt} is not null`, asc(eventQuestions.position));
  return rows.map(asForm);
}

export async function formSettings(db: Database, eventId: string) {
  const [row] = await db.select().from(eventFormSettings).where(eq(eventFormSettings.eventId, eventId));
  return { asksTravel: row?.asksTravel ?? false, arrivalsPrintedAt: row?.arrivalsPrintedAt ?? null };
}

/** The form's questions and settings by the event's slug, for the public form and the registration route. */
export async function formBySlug(db: Database, slug: string) {
  const [event] = await db.select({ id: events.id }).from(events).where(eq(events.slug, slug));
  if (!event) return null;
  const [questions, settings] = await Promise.all([formQuestions(db, event.id), formSettings(db, event.id)]);
  return { eventId: event.id, questions, asksTravel: settings.asksTravel };
}

/** Answers of some registrations: registration id → question id → value. */
export async function answersOf(db: Database, registrationIds: string[]) {
  const out = new Map<string, Record<string, AnswerValue>>();
  if (registrationIds.length === 0) return out;
  const rows = await db.select().from(registrationAnswers).where(inArray(registrationAnswers.registrationId, registrationIds));
  for (const r of rows) out.set(r.registrationId, { ...out.get(r.registrationId), [r.questionId]: r.value });
  return out;
}

/**
 * Replace a delegate's answers to the questions they were asked (`asked`); an answer left empty is removed.
 * Answers to questions no longer asked (archived, or for another type) stay as they were.
 */
export async function saveAnswers(tx: Database, registrationId: string, asked: string[], answers: Record<string, AnswerValue>) {
  if (asked.length === 0) return;
  const given = Object.entries(answers).filter(([id]) => asked.includes(id));
  const cleared = asked.filter((id) => !(id in answers));
  if (cleared.length > 0) {
    await tx.delete(registrationAnswers).where(and(eq(registrationAnswers.registrationId, registrationId), inArray(registrationAnswers.questionId, cleared)));
  }
  if (given.length === 0) return;
  await tx
    .insert(registrationAnswers)
    .values(given.map(([questionId, value]) => ({ registrationId, questionId, value, updatedAt: new Date() })))
    .onConflictDoUpdate({
      target: [registrationAnswers.registrationId, registrationAnswers.questionId],
      set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` },
    });
}

const optionsKept = (before: QuestionOption[], sent: { id: string; label: QuestionOption['label'] }[]): QuestionOption[] => {
  const kept = sent.map((o) => ({ id: o.id || crypto.randomUUID(), label: o.label }));
  // A removed choice stays, retired: an answer that named it still reads as it did.
  const retired = before.filter((o) => !kept.some((k) => k.id === o.id)).map((o) => ({ ...o, retired: true }));
  return [...kept, ...retired];
};

/**
 * Save the question list. Existing questions keep their id; a removed question with answers is archived
 * (its answers stay), one without answers is deleted. A question's kind cannot change once it has answers.
 */
export async function saveQuestions(db: Database, actorId: string | null, data: QuestionsEditorData) {
  return db.transaction(async (tx) => {
    const [event] = await tx.select({ id: events.id }).from(events).where(eq(events.id, data.eventId)).for('update');
    if (!event) return { kind: 'notFound' as const };
    const before = await tx.select().from(eventQuestions).where(eq(eventQuestions.eventId, event.id));
    const answered = new Set(
      (
        await tx
          .selectDistinct({ id: registrationAnswers.questionId })
          .from(registrationAnswers)
          .innerJoin(registrations, eq(registrations.id, registrationAnswers.registrationId))
          .where(eq(registrations.eventId, event.id))
      ).map((r) => r.id),
    );
    const sentIds = data.questions.map((q) => q.id).filter(Boolean);
    if (sentIds.some((id) => !before.some((b) => b.id === id))) return { kind: 'unknownQuestion' as const };
    const kindChanged = data.questions.findIndex((q) => q.id && answered.has(q.id) && before.find((b) => b.id === q.id)!.kind !== q.kind);
    if (kindChanged >= 0) return { kind: 'kindLocked' as const, index: kindChanged };

    const now = new Date();
    const ids: string[] = [];
    for (const [position, q] of data.questions.entries()) {
      const old = before.find((b) => b.id === q.id);
      const values = {
        position,
        kind: q.kind,
        required: q.required,
        delegationTypes: q.delegationTypes,
        label: q.label,
        options: optionsKept(old?.options ?? [], q.options),
        archivedAt: null,
        updatedAt: now,
      };
      if (old) await tx.update(eventQuestions).set(values).where(eq(eventQuestions.id, old.id));
      ids.push(
        old
          ? old.id
          : (
              await tx
                .insert(eventQuestions)
                .values({ ...values, eventId: event.id })
                .returning({ id: eventQuestions.id })
            )[0]!.id,
      );
    }
    const removed = before.filter((b) => !ids.includes(b.id));
    const archive = removed.filter((b) => answered.has(b.id)).map((b) => b.id);
    const drop = removed.filter((b) => !answered.has(b.id)).map((b) => b.id);
    if (archive.length > 0)
      await tx
        .update(eventQuestions)
        .set({ archivedAt: now })
        .where(and(inArray(eventQuestions.id, archive), isNull(eventQuestions.archivedAt)));
    if (drop.length > 0) await tx.delete(eventQuestions).where(inArray(eventQuestions.id, drop));
    await tx
      .insert(eventFormSettings)
      .values({ eventId: event.id, asksTravel: data.asksTravel })
      .onConflictDoUpdate({ target: eventFormSettings.eventId, set: { asksTravel: data.asksTravel } });
    await recordAudit(tx, {
      actorId,
      action: 'event.questions',
      entityType: 'event',
      entityId: event.id,
      before: { questions: before.length },
      after: { questions: ids.length, archived: archive.length, asksTravel: data.asksTravel },
    });
    return { kind: 'ok' as const, ids };
  });
}

/** The questions panel's starting point: live questions with every language as a string, and which have answers. */
export async function questionsEditorInitial(db: Database, eventId: string) {
  const [questions, settings, answered] = await Promise.all([
    formQuestions(db, eventId),
    formSettings(db, eventId),
    db
      .selectDistinct({ id: registrationAnswers.questionId })
      .from(registrationAnswers)
      .innerJoin(eventQuestions, eq(eventQuestions.id, registrationAnswers.questionId))
      .where(eq(eventQuestions.eventId, eventId)),
  ]);
  return {
    initial: {
      eventId,
      asksTravel: settings.asksTravel,
      questions: questions.map((q) => ({
        id: q.id,
        kind: q.kind,
        required: q.required,
        delegationTypes: q.delegationTypes as never[],
        label: q.label,
        options: q.options.filter((o) => !o.retired).map((o) => ({ id: o.id, label: o.label })),
      })),
    },
    answered: answered.map((a) => a.id),
  };
}

/** How many active delegates chose each option (or yes/no) of each question: question id → answer → count. */
export async function answerCounts(db: Database, eventId: string) {
  const element = sql<string>`jsonb_array_elements_text(case when jsonb_typeof(${registrationAnswers.value}) = 'array' then ${registrationAnswers.value} else jsonb_build_array(${registrationAnswers.value}) end)`;
  const picked = db
    .select({ questionId: registrationAnswers.questionId, answer: element.as('answer') })
    .from(registrationAnswers)
    .innerJoin(registrations, eq(registrations.id, registrationAnswers.registrationId))
    .where(and(eq(registrations.eventId, eventId), inArray(registrations.status, ['pending', 'confirmed', 'waitlisted'])))
    .as('picked');
  const rows = await db
    .select({ questionId: picked.questionId, answer: picked.answer, n: sql<number>`count(*)`.mapWith(Number) })
    .from(picked)
    .groupBy(picked.questionId, picked.answer);
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!out.has(r.questionId)) out.set(r.questionId, new Map());
    out.get(r.questionId)!.set(r.answer, r.n);
  }
  return out;
}
