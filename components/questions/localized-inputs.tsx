'use client';

import { useFormContext } from 'react-hook-form';
import { LOCALES } from '@/i18n/locales';
import { htmlLang, localeNames } from '@/i18n/routing';

/** One text in the five languages, each input named by its language in that language. */
export function LocalizedInputs({ name, label, error }: { name: string; label: string; error?: string }) {
  const { register } = useFormContext();
  const id = name.replace(/\./g, '-');
  return (
    <fieldset className={`choices${error ? ' field-error' : ''}`} aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{label}</legend>
      <div className="field-row">
        {LOCALES.map((l) => (
          <div className="field" key={l}>
            <label htmlFor={`${id}-${l}`} lang={htmlLang[l]}>
              {localeNames[l]}
            </label>
            <input id={`${id}-${l}`} {...register(`${name}.${l}`)} lang={htmlLang[l]} maxLength={500} />
          </div>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}
