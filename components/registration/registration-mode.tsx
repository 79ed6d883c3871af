'use client';

import { useTranslations } from 'next-intl';
import type { UseFormRegister } from 'react-hook-form';
import type { RegistrationInput } from '@/lib/validations/registration';
import type { DelegationFormValues } from './delegation-values';

export type FormValues = RegistrationInput & DelegationFormValues;
export type Mode = 'alone' | 'delegation';

/** What each fieldset of the registration form gets from the form: its inputs, and each field's message. */
export interface FieldsetProps {
  register: UseFormRegister<FormValues>;
  /** The localized message for the field's error; undefined when it has none. */
  error: (field: keyof RegistrationInput) => string | undefined;
}

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
