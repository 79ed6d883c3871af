import type { FormExtras } from '@/db/queries/form-extras';
import { questionsFor } from '@/lib/domain';
import { answerErrors, answersSchema, type FormQuestion } from '@/lib/validations/questions';
import { travelErrors, travelSchema } from '@/lib/validations/travel';

type Checked = { ok: true; value: FormExtras } | { ok: false; fields: Record<string, string> };

/**
 * A form's answers and travel details against the event's questions (for this delegate's type) and
 * settings: what the browser checked, checked again. Travel is ignored where the event does not ask.
 */
export function checkExtras(
  form: { questions: FormQuestion[]; asksTravel: boolean } | null,
  answers: unknown,
  travel: unknown,
  delegationType: string | undefined,
): Checked {
  if (!form) return { ok: true, value: { asked: [], answers: {} } };
  const asked = questionsFor(form.questions, delegationType).map((q) => q.id);
  const a = answersSchema(form.questions, delegationType).safeParse(answers ?? {});
  const t = form.asksTravel ? travelSchema.safeParse(travel ?? {}) : undefined;
  const fields = { ...(a.success ? {} : answerErrors(a.error)), ...(t && !t.success ? travelErrors(t.error) : {}) };
  if (!a.success || (t && !t.success)) return { ok: false, fields };
  return { ok: true, value: { asked, answers: a.data, travel: t?.data } };
}
