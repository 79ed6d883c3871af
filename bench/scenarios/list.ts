import type { Database } from '@/db/types';
import { listAttendees } from '@/db/queries/attendees';
import { attendeeFilterSchema } from '@/lib/validations/attendee-filter';
import { csvStream } from '@/server/export';
import { openEvent } from '../../tests/fixtures';
import { seedRegistrations } from '../../tests/seed-registrations';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.ceil((p / 100) * values.length) - 1]!;

/** 20,000 registrations: the list query with search + filter + sort (p95 of 100), and a full CSV export. */
// Codes as they are: the benchmark measures streaming, not wording.
const BENCH_WORDS = { status: String, country: String, type: String, language: String, visit: String, yesNo: String, time: (d: Date) => d.toISOString() };

export async function attendeeScale(db: Database) {
  const { id } = await openEvent(db, { capacity: 50_000 });
  await seedRegistrations(db, id, 20_000);
  const query = attendeeFilterSchema.parse({ q: 'kim', status: 'confirmed', country: 'KR', sort: 'name', dir: 'asc' });
  await listAttendees(db, id, query);
  const timings: number[] = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await listAttendees(db, id, query);
    timings.push(performance.now() - t);
  }
  const baseRss = process.memoryUsage().rss;
  let peak = baseRss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const reader = csvStream(db, id, {}, ['h'], BENCH_WORDS, false).getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += (value as Uint8Array).byteLength;
  }
  clearInterval(sampler);
  return {
    listP50: percentile(timings, 50),
    listP95: percentile(timings, 95),
    exportMs: performance.now() - started,
    exportBytes: bytes,
    exportPeakRssDeltaMb: (peak - baseRss) / 1048576,
  };
}
