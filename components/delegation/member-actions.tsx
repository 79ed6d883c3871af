'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { VisitChoice } from '@/components/registration/visit-choices';
import { useDelegationAction } from './delegation-action';

interface Props {
  token: string;
  memberId: string;
  name: string;
  isHead: boolean;
  open: boolean;
  visits: VisitChoice[];
  chosen: string[];
}

/** What the head may do for one member: change their visits (before the deadline), cancel their place. */
export function MemberActions({ token, memberId, name, isHead, open, visits, chosen }: Props) {
  const t = useTranslations('DelegationPage');
  const { send, busy } = useDelegationAction(token);
  const [selected, setSelected] = useState(new Set(chosen));
  const [notice, setNotice] = useState<string | null>(null);
  const act = async (action: 'visits' | 'cancelMember') => {
    const result = await send(action, { memberId, visitIds: [...selected] });
    setNotice(result.ok ? (action === 'visits' ? 'saved' : null) : `errors.${result.error === 'validation' ? 'tryAgain' : result.error}`);
  };
  return (
    <div className="member-actions">
      {notice && (
        <p role="status" className={notice === 'saved' ? 'hint' : 'error-text'}>
          {t(notice as 'saved')}
        </p>
      )}
      {open && visits.length > 0 && (
        <details>
          <summary>{t('changeVisits', { name })}</summary>
          <fieldset className="choices">
            <legend className="sr-only">{t('changeVisits', { name })}</legend>
            {visits.map((v) => (
              <label key={v.id} className="choice">
                <input
                  type="checkbox"
                  checked={selected.has(v.id)}
                  onChange={(e) => {
                    const next = new Set(selected);
                    if (e.target.checked) next.add(v.id);
                    else next.delete(v.id);
                    setSelected(next);
                  }}
                />
                <span>
                  <span lang={v.lang}>{v.title}</span> <span className="muted">· {v.when}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <button type="button" className="button" disabled={busy} onClick={() => act('visits')}>
            {t('saveVisits')}
          </button>
        </details>
      )}
      {!isHead && (
        <details>
          <summary>{t('cancelMember', { name })}</summary>
          <p>{t('cancelMemberBody')}</p>
          <button type="button" className="button secondary danger" disabled={busy} onClick={() => act('cancelMember')}>
            {t('cancelMemberConfirm', { name })}
          </button>
        </details>
      )}
    </div>
  );
}
