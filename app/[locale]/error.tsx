'use client';

import { useErrorTexts } from '@/components/layout/error-texts';

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useErrorTexts();
  return (
    <section className="message-page" role="alert">
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <button type="button" className="button" onClick={reset}>
        {t.retry}
      </button>
    </section>
  );
}
