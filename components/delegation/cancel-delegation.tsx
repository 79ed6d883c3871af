'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useDelegationAction } from './delegation-action';

/** Cancelling the whole delegation: every member's place freed at once; the page link then leads nowhere. */
export function CancelDelegation({ token }: { token: string }) {
  const t = useTranslations('DelegationPage');
  const { send, busy } = useDelegationAction(token);
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  if (state === 'done')
    return (
      <p className="banner banner-success" role="status">
        {t('cancelledAll')}
      </p>
    );
  return (
    <section className="panel" aria-labelledby="cancel-all-heading">
      <h2 id="cancel-all-heading">{t('cancelAll')}</h2>
      <p>{t('cancelAllBody')}</p>
      {state === 'failed' && (
        <p className="error-text" role="alert">
          {t('errors.tryAgain')}
        </p>
      )}
      <button type="button" className="button secondary danger" disabled={busy} onClick={async () => setState((await send('cancel')).ok ? 'done' : 'failed')}>
        {t('cancelAllConfirm')}
      </button>
    </section>
  );
}
