import * as z from 'zod/mini';
import type { LocalizedText } from '@/i18n/locales';
import { CHOICE_KINDS, DELEGATION_TYPES, QUESTION_KINDS, type QuestionKind, questionsFor } from '@/lib/domain';
import { QUESTION_ERRORS } from './error-keys';
import { isoDate, localized, text, uuidOrEmpty } from './primitives';

/**
 * Per-event questions (#16): the organizer's editor schema, and the answers schema built from an
 * event's question list, shared by the registration form, the private page and the server.
 * Error messages are keys of `Questions.errors`.
 */
export interface QuestionOption {
  id: string;
  label: LocalizedText;
  retired?: boolean;
}
export type AnswerValue = string | boolean | string[];

/** A question as the form and the pages need it. */
export interface FormQuestion {
  id: string;
  kind: QuestionKind;
  required: boolean;
  delegationTypes: string[];
  label: LocalizedText;
  options: QuestionOption[];
}

const editorOption = z.object({ id: uuidOrEmpty, label: localized(200) });
const editorQuestion = z.object({
  id: uuidOrEmpty,
  kind: z.enum(QUESTION_KINDS, { error: 'required' }),
  required: z._default(z.boolean(), false),
  delegationTypes: z._default(z.array(z.enum(DELEGATION_TYPES)).check(z.maxLength(DELEGATION_TYPES.length)), []),
  label: localized(500),
  options: z._default(z.array(editorOption).check(z.maxLength(30, { error: 'tooMany' })), []),
});

/** What the questions panel of the event editor saves: the list in order, and whether arrivals are asked. */
export const questionsEditorSchema = z
  .strictObject({
    eventId: z.uuid(),
    asksTravel: z._default(z.boolean(), false),
    questions: z.array(editorQuestion).check(z.maxLength(40, { error: 'tooMany' })),
  })
  .check(
    z.superRefine((value, ctx) => {
      value.questions.forEach((q, i) => {
        if (Object.keys(q.label).length === 0) ctx.addIssue({ code: 'custom', path: ['questions', i, 'label'], message: 'labelRequired' });
        if (CHOICE_KINDS.includes(q.kind)) {
          if (q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options'], message: 'twoOptions' });
          q.options.forEach((o, j) => {
            if (Object.keys(o.label).length === 0) ctx.addIssue({ code: 'custom', path: ['questions', i, 'options', j], message: 'labelRequired' });
          });
        }
      });
    }),
  );
export type QuestionsEditorInput = z.input<typeof questionsEditorSchema>;
export type QuestionsEditorData = z.output<typeof questionsEditorSchema>;

/** zod's preprocess: the value as the form or the API sends it, made ready for the schema. */
const before = <T extends z.ZodMiniType>(prepare: (v: unknown) => unknown, schema: T) => z.pipe(z.transform(prepare), schema);

/** One answer's schema; an empty answer becomes undefined (and fails only when required). */
function answerSchema(q: FormQuestion): z.ZodMiniType<AnswerValue | undefined> {
  const live = new Set(q.options.filter((o) => !o.retired).map((o) => o.id));
  const need = <T>(schema: z.ZodMiniType<T | undefined>) =>
    q.required
      ? schema.check(z.refine((v) => v !== undefined, { error: CHOICE_KINDS.includes(q.kind) || q.kind === 'yesNo' ? 'choose' : 'required' }))
      : schema;
  const empty = (v: unknown) => v === undefined || v === null || v === '';
  switch (q.kind) {
    case 'shortText':
    case 'longText': {
      const max = q.kind === 'shortText' ? 300 : 3000;
      return need(
        z.pipe(
          before((v) => v ?? '', text(max, { multiline: q.kind === 'longText' })),
          z.transform((v) => v || undefined),
        ),
      );
    }
    case 'date':
      return need(before((v) => (empty(v) ? undefined : v), z.optional(isoDate)));
    case 'yesNo':
      // Radio buttons send 'yes'/'no'; the API may send booleans.
      return need(before((v) => (empty(v) ? undefined : v === 'yes' ? true : v === 'no' ? false : v), z.optional(z.boolean({ error: 'choose' }))));
    case 'oneChoice':
      return need(before((v) => (empty(v) ? undefined : v), z.optional(z.string().check(z.refine((v) => live.has(v), { error: 'choose' })))));
    case 'manyChoices':
      return need(
        before(
          (v) => (empty(v) || v === false ? [] : typeof v === 'string' ? [v] : v),
          z.pipe(
            z.array(z.string().check(z.refine((v) => live.has(v), { error: 'choose' }))).check(z.maxLength(30)),
            z.transform((v) => (v.length === 0 ? undefined : [...new Set(v)])),
          ),
        ),
      );
  }
}

/** The answers object for the questions a delegate of this type is asked; unknown keys are refused. */
export function answersSchema(questions: FormQuestion[], delegationType: string | undefined) {
  const asked = questionsFor(questions, delegationType);
  // Every asked question present (as null when unanswered): zod skips absent optional keys, and required ones must be checked.
  const filled = (v: unknown) => ({ ...Object.fromEntries(asked.map((q) => [q.id, null])), ...(v && typeof v === 'object' ? v : {}) });
  return z.pipe(
    before(filled, z.object(Object.fromEntries(asked.map((q) => [q.id, answerSchema(q)])))),
    z.transform((v) => Object.fromEntries(Object.entries(v).filter(([, a]) => a !== undefined)) as Record<string, AnswerValue>),
  );
}

/** Question id → first error key, as `answers.<id>` so the form puts it beside the question. */
export function answerErrors(error: z.core.$ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = `answers.${String(issue.path[0] ?? '')}`;
    out[key] ??= QUESTION_ERRORS.has(issue.message) ? issue.message : 'invalid';
  }
  return out;
}

/** An answer as a person reads it, whatever the question has become since: retired choices keep their label. */
export function answerText(
  value: AnswerValue | undefined,
  options: QuestionOption[],
  pick: (text: LocalizedText) => string,
  yesNo: (v: boolean) => string,
  separator = '; ',
): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return yesNo(value);
  const label = (id: string) => {
    const o = options.find((x) => x.id === id);
    return o ? pick(o.label) : id;
  };
  if (Array.isArray(value)) return value.map(label).join(separator);
  return options.some((o) => o.id === value) ? label(value) : value;
}

/** Stored answers as the form's fields hold them (a yes/no question is a pair of radio buttons). */
export const formAnswers = (answers: Record<string, AnswerValue>) =>
  Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, typeof v === 'boolean' ? (v ? 'yes' : 'no') : v]));
