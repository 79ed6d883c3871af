import { connection } from 'next/server';
import BenchCeiling from '@/app/bench-ceiling/page';

// The same page rendered per request: the ceiling for pages that must render each time (CSP nonces).
export default async function DynamicBenchCeiling() {
  await connection();
  return <BenchCeiling />;
}
