'use client';

import { useTranslations } from 'next-intl';
import type { RegistrationInput } from '@/lib/validations/registration';
import type { DelegationFormValues } from './delegation-member';

export type FormValues = RegistrationInput & DelegationFormValues;
export type Mode = 'alone' | 'delegation';

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
