'use client';

import { useState } from 'react';

interface Labels {
  reset: string;
  resetFor: string;
  shown: string;
  failed: string;
}

/**
 * Gives an account a new random password and shows it here once, for the administrator to pass on in
 * person; the account must replace it at its next sign-in. Asked as JSON so it never travels in a URL.
 */
export function ResetPassword({ id, labels, disabled = false }: { id: string; labels: Labels; disabled?: boolean }) {
  const [password, setPassword] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  async function reset() {
    const response = await fetch('/api/admin/accounts/manage', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ action: 'resetPassword', id }),
    });
    const body = response.ok ? ((await response.json()) as { password?: string }) : {};
    if (body.password) setPassword(body.password);
    else setFailed(true);
  }
  if (password)
    return (
      <p role="status">
        {labels.shown} <code className="secret-key">{password}</code>
      </p>
    );
  return (
    <>
      <button type="button" className="button secondary small" onClick={reset} aria-label={labels.resetFor} disabled={disabled}>
        {labels.reset}
      </button>
      {failed && (
        <span role="alert" className="muted">
          {' '}
          {labels.failed}
        </span>
      )}
    </>
  );
}
