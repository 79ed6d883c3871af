import autocannon from 'autocannon';

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  requests: number;
  durationS: number;
  /** Every status code with its count: no failure hidden inside an "expected" total. */
  statuses: Record<string, number>;
}

/** autocannon with the options every scenario shares; a warm-up first when asked. */
export async function load(options: autocannon.Options & { warmupS?: number }): Promise<LoadResult> {
  if (options.warmupS) await autocannon({ ...options, duration: options.warmupS, amount: undefined });
  const result = await autocannon({ ...options });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    requests: result.requests.total,
    durationS: result.duration,
    statuses: Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat?.count ?? 0])),
  };
}
