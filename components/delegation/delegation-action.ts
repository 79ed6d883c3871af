'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

export type ActionError = 'notFound' | 'closed' | 'rateLimited' | 'tryAgain' | 'validation';

/** Posts one change of the head's page and refreshes it; the answer's error key is for the caller to show. */
export function useDelegationAction(token: string) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function send(
    action: string,
    extra: Record<string, unknown> = {},
  ): Promise<{ ok: true } | { ok: false; error: ActionError; fields?: Record<string, string> }> {
    setBusy(true);
    try {
      const response = await fetch('/api/delegation/manage', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token, action, ...extra }),
      });
      const body = await response.json().catch(() => ({}));
      if (response.ok) {
        // A cancelled delegation's page no longer exists: stay on the confirmation instead of reloading it.
        if (action !== 'cancel') router.refresh();
        return { ok: true };
      }
      const error = ['notFound', 'closed', 'rateLimited', 'validation'].includes(body.error) ? body.error : 'tryAgain';
      return { ok: false, error, fields: body.fields };
    } catch {
      return { ok: false, error: 'tryAgain' };
    } finally {
      setBusy(false);
    }
  }
  return { send, busy };
}
