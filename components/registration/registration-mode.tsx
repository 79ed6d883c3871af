'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import type { Resolver } from 'react-hook-form';
import { delegationSchema } from '@/lib/validations/delegation';
import { type RegistrationInput, registrationSchema } from '@/lib/validations/registration';
import type { DelegationFormValues } from './delegation-member';

export type FormValues = RegistrationInput & DelegationFormValues;
export type Mode = 'alone' | 'delegation';
const headResolver = zodResolver(registrationSchema);
const groupResolver = zodResolver(delegationSchema);

/** Alone, or as head of a delegation: the first question of the form. */
export function ModeChoice({ mode, onChange }: { mode: Mode; onChange: (mode: Mode) => void }) {
  const d = useTranslations('DelegationForm');
  return (
    <fieldset className="choices">
      <legend>{d('modeLegend')}</legend>
      {(['alone', 'delegation'] as const).map((m) => (
        <label key={m} className="choice">
          <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => onChange(m)} />
          <span>{d(`mode.${m}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}

/** The head's fields by the registration schema; in delegation mode the delegation and its members too. */
export function bothResolvers(mode: 'alone' | 'delegation'): Resolver<FormValues> {
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
