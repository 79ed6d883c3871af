'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef } from 'react';
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

/**
 * Alone, or as head of a delegation: the first question of the form. The radios are the record (not a mirror
 * of state that hydration would reset): a choice made before the page's script ran is taken up once it runs.
 */
export function ModeChoice({ onChange }: { onChange: (mode: Mode) => void }) {
  const d = useTranslations('DelegationForm');
  const choices = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    const chosen = choices.current?.querySelector<HTMLInputElement>('input:checked')?.value;
    if (chosen === 'delegation') onChange(chosen);
    // Once, when the script first runs; later choices arrive through onChange.
  }, []); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <fieldset className="choices" ref={choices}>
      <legend>{d('modeLegend')}</legend>
      {(['alone', 'delegation'] as const).map((m) => (
        <label key={m} className="choice">
          <input type="radio" name="mode" value={m} defaultChecked={m === 'alone'} onChange={() => onChange(m)} />
          <span>{d(`mode.${m}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
