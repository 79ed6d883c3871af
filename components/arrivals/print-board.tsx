'use client';

import { useRouter } from 'next/navigation';

/** Records the print (so later changes are marked), then opens the browser's print dialog. */
export function PrintBoard({ eventId, label }: { eventId: string; label: string }) {
  const router = useRouter();
  async function print() {
    await fetch('/api/admin/arrivals', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ eventId }),
    }).catch(() => null);
    window.print();
    router.refresh();
  }
  return (
    <button type="button" className="button" onClick={print}>
      {label}
    </button>
  );
}
