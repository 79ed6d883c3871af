'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Re-reads the page every two seconds until a bulk send is done; closing the page does not stop the send. */
export function BatchProgress({ text, done }: { text: string; done: boolean }) {
  const router = useRouter();
  useEffect(() => {
    if (done) return;
    const timer = setInterval(() => router.refresh(), 2000);
    return () => clearInterval(timer);
  }, [done, router]);
  return (
    <p className="banner banner-info" role="status" aria-live="polite">
      {text}
    </p>
  );
}
