import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { withExtras } from '@/components/questions/extras-resolver';
import { delegationSchema } from '@/lib/validations/delegation';
import type { FormQuestion } from '@/lib/validations/questions';
import { registrationSchema } from '@/lib/validations/registration';
import type { FormValues, Mode } from './registration-mode';

/**
 * The registration form's rules: the schemas the route handlers use, with zod. The form loads this module
 * when a person starts filling it in (registration-form.tsx), so that the page itself does not carry them.
 */
const headResolver = zodResolver(registrationSchema);
const groupResolver = zodResolver(delegationSchema);

/** The head's fields by the registration schema; in delegation mode the delegation and its members too. */
function bothResolvers(mode: Mode): Resolver<FormValues> {
  return async (values, context, options) => {
    const { delegation, ...head } = values;
    const a = await headResolver(head as never, context, options as never);
    if (mode !== 'delegation') return a as never;
    const b = await groupResolver(delegation as never, context, options as never);
    const failed = Object.keys(a.errors).length > 0 || Object.keys(b.errors).length > 0;
    if (!failed) return { values: { ...a.values, delegation: b.values }, errors: {} } as never;
    return { values: {}, errors: { ...a.errors, ...(Object.keys(b.errors).length > 0 ? { delegation: b.errors } : {}) } } as never;
  };
}

/** Everything the form checks before sending: the person (and the delegation), then the event's questions and travel. */
export const registrationResolver = (mode: Mode, questions: FormQuestion[], asksTravel: boolean) =>
  withExtras(bothResolvers(mode), questions, asksTravel, (v) => v.delegationType);
