'use client';

import { type Messages, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { get, type Path, useFormContext } from 'react-hook-form';
import { Field } from '@/components/ui/field';
import { fieldId } from '@/lib/event-form';
import { EVENT_EDITOR_ERRORS, type EventInput } from '@/lib/validations/event';

type EditorPath = Path<EventInput>;

/** The localized error of one field of the editor, if it has one. */
type EditorError = keyof Messages['EventEditor']['errors'];

function useEditorError() {
  const t = useTranslations('EventEditor');
  const {
    formState: { errors },
  } = useFormContext<EventInput>();
  return (name: string) => {
    const key = (get(errors, name) as { message?: string } | undefined)?.message;
    return key ? t(`errors.${EVENT_EDITOR_ERRORS.has(key) ? (key as EditorError) : 'invalid'}`) : undefined;
  };
}

interface Props {
  name: EditorPath;
  label: string;
  hint?: string;
  required?: boolean;
  /** The language the text is written in, for spell-checking and glyphs. */
  lang?: string;
  type?: 'text' | 'email' | 'tel' | 'datetime-local';
  rows?: number;
  maxLength?: number;
  children?: (aria: Record<string, unknown>) => ReactNode;
}

/** A labelled input or textarea bound to the editor's form, with its hint and localized error. */
export function EditorField({ name, label, hint, required, lang, type = 'text', rows, maxLength, children }: Props) {
  const t = useTranslations('EventEditor');
  const { register } = useFormContext<EventInput>();
  const error = useEditorError()(name);
  return (
    <Field id={fieldId(name)} label={label} hint={hint} required={required} requiredLabel={t('requiredNote')} error={error}>
      {(aria) =>
        children ? (
          children(aria)
        ) : rows ? (
          <textarea {...aria} {...register(name)} rows={rows} lang={lang} maxLength={maxLength} />
        ) : (
          <input {...aria} {...register(name)} type={type} lang={lang} maxLength={maxLength} />
        )
      }
    </Field>
  );
}
