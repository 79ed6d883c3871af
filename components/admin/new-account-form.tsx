'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Field } from '@/components/ui/field';
import { useHydrated } from '@/components/ui/use-hydrated';
import { MIN_PASSWORD_LENGTH } from '@/lib/domain';
import { ACCOUNT_ERRORS } from '@/lib/validations/error-keys';

type Problem = (typeof ACCOUNT_ERRORS)[number] | 'invalid';
const known = (key: unknown): Problem => ((ACCOUNT_ERRORS as readonly unknown[]).includes(key) ? (key as Problem) : 'invalid');

/**
 * A new back-office account. Sent as JSON so a refusal (an address in use, a field to fix) shows beside
 * its field and nothing typed is lost. The button waits for the page's script (nothing could say why a
 * plain post was refused); the fields are read from the form, so what was typed before then counts.
 */
export function NewAccountForm({ roles, disabled }: { roles: { value: string; label: string }[]; disabled: boolean }) {
  const t = useTranslations('Admin.accounts');
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, Problem>>({});
  const [outcome, setOutcome] = useState<'created' | 'tryAgain' | null>(null);
  const [sending, setSending] = useState(false);
  const hydrated = useHydrated();

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form)) as Record<string, string>;
    // The browser's minLength is not there for every way of sending; the server's answer would only say "check".
    if (data.password && data.password.length < MIN_PASSWORD_LENGTH) return setErrors({ password: 'tooShort' });
    setSending(true);
    setOutcome(null);
    try {
      const response = await fetch('/api/admin/accounts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(data),
      });
      const body = (await response.json().catch(() => ({}))) as { fields?: Record<string, unknown> };
      if (response.ok) {
        form.reset();
        setErrors({});
        setOutcome('created');
        router.refresh();
      } else if (body.fields) setErrors(Object.fromEntries(Object.entries(body.fields).map(([field, key]) => [field, known(key)])));
      else setOutcome('tryAgain');
    } catch {
      setOutcome('tryAgain');
    } finally {
      setSending(false);
    }
  }

  const error = (field: string) => (errors[field] ? t(`errors.${errors[field]}`) : undefined);
  return (
    <form className="registration-form" onSubmit={submit} noValidate>
      {outcome && (
        <p role={outcome === 'created' ? 'status' : 'alert'} className={`banner ${outcome === 'created' ? 'banner-success' : 'banner-error'}`}>
          {t(outcome === 'created' ? 'created' : 'errors.tryAgain')}
        </p>
      )}
      <div className="field-row">
        <Field id="acc-name" label={t('name')} error={error('name')}>
          {(aria) => <input {...aria} name="name" required maxLength={100} autoComplete="off" />}
        </Field>
        <Field id="acc-email" label={t('email')} error={error('email')}>
          {(aria) => <input {...aria} name="email" type="email" required maxLength={254} autoComplete="off" />}
        </Field>
      </div>
      <div className="field-row">
        <Field id="acc-role" label={t('role')} error={error('role')}>
          {(aria) => (
            <select {...aria} name="role">
              {roles.map((r) => (
                <option key={r.value} value={r.value}>
                  {r.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="acc-password" label={t('password')} error={error('password')}>
          {(aria) => <input {...aria} name="password" type="password" minLength={MIN_PASSWORD_LENGTH} maxLength={200} required autoComplete="new-password" />}
        </Field>
      </div>
      <button type="submit" disabled={disabled || sending || !hydrated} className="button">
        {t('submit')}
      </button>
    </form>
  );
}
