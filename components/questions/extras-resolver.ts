import type { FieldErrors, FieldValues, Resolver } from 'react-hook-form';
import { answersSchema, type FormQuestion } from '@/lib/validations/questions';
import { travelSchema } from '@/lib/validations/travel';
import type * as z from 'zod/mini';

const nested = (error: z.core.$ZodError) => {
  const out: Record<string, { type: string; message: string }> = {};
  for (const issue of error.issues) out[String(issue.path[0])] ??= { type: 'custom', message: issue.message };
  return out;
};

/**
 * The form's own resolver, then the event's questions and travel fields (#16) with the schemas the server
 * uses: one pass, one error summary. Values sent are the raw ones; the server normalizes them again.
 */
export function withExtras<T extends FieldValues>(
  base: Resolver<T>,
  questions: FormQuestion[],
  asksTravel: boolean,
  typeOf: (v: T) => string | undefined,
): Resolver<T> {
  return async (values, context, options) => {
    const result = await base(values, context, options);
    const a = answersSchema(questions, typeOf(values)).safeParse(values.answers ?? {});
    const t = asksTravel ? travelSchema.safeParse(values.travel ?? {}) : null;
    if (a.success && (!t || t.success)) return result;
    const errors = { ...result.errors } as Record<string, unknown>;
    if (!a.success) errors.answers = nested(a.error);
    if (t && !t.success) errors.travel = nested(t.error);
    return { values: {}, errors: errors as FieldErrors<T> };
  };
}
