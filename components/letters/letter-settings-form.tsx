'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';

interface Props {
  initial: { signatoryName: string; signatoryTitleZh: string; signatoryTitleEn: string; signature: boolean; seal: boolean };
  labels: {
    signatoryName: string;
    signatoryTitleZh: string;
    signatoryTitleEn: string;
    signature: string;
    seal: string;
    current: string;
    missing: string;
    save: string;
    saved: string;
    failed: string;
  };
}

const asImage = async (file: File | null) => {
  if (!file || file.size === 0) return undefined;
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return { data: btoa(binary), type: file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png' };
};

/** Uploads the signature and seal images once; they are sent as base64 JSON and checked on the server. */
export function LetterSettingsForm({ initial, labels }: Props) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = {
      signatoryName: String(form.get('signatoryName') ?? ''),
      signatoryTitleZh: String(form.get('signatoryTitleZh') ?? ''),
      signatoryTitleEn: String(form.get('signatoryTitleEn') ?? ''),
      signature: await asImage(form.get('signature') as File | null),
      seal: await asImage(form.get('seal') as File | null),
    };
    const response = await fetch('/api/admin/letters/settings', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    }).catch(() => null);
    setOutcome(response?.ok ? 'saved' : 'failed');
    if (response?.ok) router.refresh();
  }
  return (
    <form onSubmit={submit} className="registration-form panel">
      {outcome && (
        <p role={outcome === 'saved' ? 'status' : 'alert'} className={`banner ${outcome === 'saved' ? 'banner-success' : 'banner-error'}`}>
          {labels[outcome]}
        </p>
      )}
      <div className="field">
        <label htmlFor="s-name">{labels.signatoryName}</label>
        <input id="s-name" name="signatoryName" defaultValue={initial.signatoryName} maxLength={100} />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="s-zh">{labels.signatoryTitleZh}</label>
          <input id="s-zh" name="signatoryTitleZh" lang="zh-Hans" defaultValue={initial.signatoryTitleZh} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="s-en">{labels.signatoryTitleEn}</label>
          <input id="s-en" name="signatoryTitleEn" lang="en" defaultValue={initial.signatoryTitleEn} maxLength={200} />
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor="s-signature">{labels.signature}</label>
          <p className="hint">{initial.signature ? labels.current : labels.missing}</p>
          <input id="s-signature" name="signature" type="file" accept="image/png,image/jpeg" />
        </div>
        <div className="field">
          <label htmlFor="s-seal">{labels.seal}</label>
          <p className="hint">{initial.seal ? labels.current : labels.missing}</p>
          <input id="s-seal" name="seal" type="file" accept="image/png,image/jpeg" />
        </div>
      </div>
      <button type="submit" className="button">
        {labels.save}
      </button>
    </form>
  );
}
