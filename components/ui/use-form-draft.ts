'use client';

import { useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';

interface Options<T extends FieldValues> {
  /** One key per form and subject (e.g. the event's slug), in this tab's sessionStorage. */
  storageKey: string;
  form: Pick<UseFormReturn<T>, 'watch' | 'reset' | 'getValues'>;
  /** Fields never written to the browser's storage: passport data, the honeypot, the submission key. */
  exclude?: readonly string[];
  /** What the form started from (the server's values): a draft made from other values is dropped, not restored. */
  base?: string;
}

const read = (key: string) => {
  try {
    return JSON.parse(sessionStorage.getItem(key) ?? 'null') as { base?: string; values?: Record<string, unknown> } | null;
  } catch {
    return null;
  }
};

/**
 * Keeps what was typed across a reload, an accidental navigation and a switch of language (U8, U4): a draft in
 * this tab's sessionStorage (gone when the tab closes, so nothing lingers on a shared computer), restored on mount.
 */
export function useFormDraft<T extends FieldValues>({ storageKey, form, exclude = [], base = '' }: Options<T>) {
  const [restored, setRestored] = useState(false);
  const baseRef = useRef(base);
  const formRef = useRef(form);
  const excluded = useRef(exclude);
  useEffect(() => {
    baseRef.current = base;
  }, [base]);

  useEffect(() => {
    const { reset, getValues, watch } = formRef.current;
    const stored = read(storageKey);
    if (stored?.values && (stored.base ?? '') === baseRef.current) {
      reset({ ...getValues(), ...stored.values } as DefaultValues<T>, { keepDefaultValues: true });
      // The notice appears after hydration, so the server's markup and the first client render agree.
      queueMicrotask(() => setRestored(true));
    }
    const subscription = watch((values) => {
      const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !excluded.current.includes(name)));
      try {
        sessionStorage.setItem(storageKey, JSON.stringify({ base: baseRef.current, values: kept }));
      } catch {
        /* storage full or blocked: the form still works, only without a draft */
      }
    });
    return () => subscription.unsubscribe();
  }, [storageKey]);

  const clear = () => {
    try {
      sessionStorage.removeItem(storageKey);
    } catch {
      /* nothing stored */
    }
    setRestored(false);
  };
  /** Start again from `values` (the form's first values), forgetting the draft. */
  const discard = (values: DefaultValues<T>) => {
    clear();
    // Every field emptied first: a field missing from `values` would otherwise keep what was typed.
    const blank = Object.fromEntries(
      Object.entries(formRef.current.getValues()).map(([name, v]) => [name, Array.isArray(v) ? [] : typeof v === 'boolean' ? false : '']),
    );
    formRef.current.reset({ ...blank, ...values } as DefaultValues<T>);
  };
  return { restored, clear, discard };
}
