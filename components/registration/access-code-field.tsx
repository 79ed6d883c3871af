'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { Field } from '@/components/ui/field';
import { ACCESS_CODE_PROBLEMS, type AccessCodeProblem } from '@/lib/access-code';

/**
 * The access code of an invitation-only event, kept beside the form's own fields: the server checks it
 * when the form is sent (never the cached page). A `?code=` in the link fills it in.
 */
export function useAccessCode(enabled: boolean) {
  // The field is read when the form is sent, never mirrored in state: what was typed before the page hydrated counts too.
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ key: AccessCodeProblem; minutes: number } | null>(null);
  useEffect(() => {
    // Read in the browser: the page itself is the same cached one for every invited organization.
    const given = new URLSearchParams(window.location.search).get('code');
    if (enabled && given && input.current && !input.current.value) input.current.value = given.slice(0, 64);
  }, [enabled]);
  return {
    payload: () => (enabled ? { accessCode: input.current?.value ?? '' } : {}),
    /** True when the server's answer was about the code; the field then shows why. */
    handles(body: { error?: string; problem?: string; retryAfter?: number }) {
      if (!enabled || body.error !== 'accessCode') return false;
      const key = ACCESS_CODE_PROBLEMS.find((p) => p === body.problem) ?? 'invalid';
      setProblem({ key, minutes: Math.max(1, Math.ceil((body.retryAfter ?? 900) / 60)) });
      return true;
    },
    field: { input, problem, onInput: () => setProblem(null) },
  };
}

export function AccessCodeField({ input, problem, onInput }: ReturnType<typeof useAccessCode>['field']) {
  const t = useTranslations('AccessCode');
  useEffect(() => {
    if (problem) input.current?.focus();
  }, [problem, input]);
  return (
    <fieldset>
      <legend>{t('legend')}</legend>
      <Field
        id="accessCode"
        label={t('label')}
        required
        requiredLabel={t('requiredNote')}
        hint={t('hint')}
        error={problem ? t(`errors.${problem.key}`, { minutes: problem.minutes }) : undefined}
      >
        {(aria) => (
          <input
            {...aria}
            ref={input}
            name="accessCode"
            onInput={onInput}
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            lang="en"
          />
        )}
      </Field>
      {problem && (
        <p role="alert" className="sr-only">
          {t(`errors.${problem.key}`, { minutes: problem.minutes })}
        </p>
      )}
    </fieldset>
  );
}
