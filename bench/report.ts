/* eslint-disable @typescript-eslint/no-explicit-any */
const f = (n: number | undefined, digits = 0) => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));

/** Each status code with its count, and transport errors: `200×4210`, `201×1000 409×3`, `errors×2`. */
const statuses = (r: any) =>
  [...Object.entries<number>(r.statuses ?? {}).map(([code, n]) => `${code}×${n}`), ...(r.errors ? [`errors×${r.errors}`] : [])].join(' ') || '—';

/** One table: absolute figures for context, ratios against this run's own baselines for comparison. */
export function printTable(results: Record<string, any>) {
  console.log(`\nBenchmark ${results.date} on ${results.machine}\n`);
  const rows: string[][] = [['measure', 'embedded (PGlite)', 'PostgreSQL']];
  const both = (label: string, pick: (r: any) => string) =>
    rows.push([label, results.embedded ? pick(results.embedded) : '—', results.postgres ? pick(results.postgres) : '—']);
  both('physical ceiling: bare Node http, req/s', (r) => f(r.physical.rps));
  both('framework ceiling: prerendered page, req/s', (r) => f(r.framework.rps));
  both('framework, same page rendered per request, req/s', (r) => f(r.dynamicFramework.rps));
  for (const locale of ['zh', 'en', 'ko', 'ja', 'ru']) {
    both(`event page ${locale}: req/s ÷ ceiling measured just before, p50/p99 ms (ceiling's p99), answers by status`, (r) => {
      const p = r.eventPages[locale];
      return `${f(p.rps)} ÷ ${f(p.ceiling.rps)} · ${f(p.p50)}/${f(p.p99)} (${f(p.ceiling.p99)}) · ${statuses(p)}`;
    });
  }
  both('home page ÷ framework ceiling (target ≥ 0.8)', (r) => f(besideRatio(r.listPages.home), 2));
  both('event list with a filter ÷ framework ceiling (target ≥ 0.8)', (r) => f(besideRatio(r.listPages.filteredList), 2));
  both('change through one instance → shown by the other, max of 5 (target ≤ 2,000 ms)', (r) =>
    r.instances ? `${f(r.instances.maxMs)} ms${r.redis ? ' (Redis cache)' : ''}` : '—',
  );
  both('event page ÷ framework ceiling (mean of locales, target ≥ 0.9)', (r) => f(meanOf(Object.values(r.eventPages).map(besideRatio)), 2));
  both('event page ÷ per-request framework ceiling', (r) => f(mean(r, 'eventPages') / r.dynamicFramework.rps, 2));
  both('event page ÷ physical ceiling', (r) => f(mean(r, 'eventPages') / r.physical.rps, 3));
  both('registrations/s (1,000 at 100 connections)', (r) => f(1000 / r.contention.wallS, 1));
  both('registration p50/p99 ms, answers by status', (r) => `${f(r.contention.p50)}/${f(r.contention.p99)} · ${statuses(r.contention)}`);
  both(
    'confirmed / wait-listed / visit seats / outbox rows',
    (r) => `${r.storm.confirmed} / ${r.storm.waitlisted} / ${r.storm.visitConfirmed} / ${r.storm.outboxRows}`,
  );
  both('delegation of 20 racing 100 individuals: confirmed/capacity, visit seats/capacity, delegation statuses, oversold', (r) =>
    r.delegationRace
      ? `${r.delegationRace.confirmed}/${r.delegationRace.capacity}, ${r.delegationRace.visitConfirmed}/${r.delegationRace.visitCapacity}, ${r.delegationRace.delegationStatuses.join('+')} ×${r.delegationRace.delegationSize}, ${r.delegationRace.oversold ? 'OVERSOLD' : 'no'}`
      : '—',
  );
  both('registrations/s ÷ pgbench single-row inserts/s', (r) =>
    r.pgbenchTps ? `${f(1000 / r.contention.wallS / r.pgbenchTps, 3)} (pgbench ${f(r.pgbenchTps)} tps)` : '—',
  );
  both('same submission ×20: registrations, e-mails', (r) => `${r.storm.stormRegistrations}, ${r.storm.stormEmails}`);
  both('e-mail drain, one worker: messages/s, delivered', (r) => `${f(r.mail.single.perSecond, 1)}, ${r.mail.single.delivered}`);
  both('e-mail drain, two workers: messages/s, delivered, duplicates', (r) =>
    r.mail.pair ? `${f(r.mail.pair.perSecond, 1)}, ${r.mail.pair.delivered}, ${r.mail.pair.delivered - r.mail.pair.unique}` : '—',
  );
  both('silent relay: seconds until the worker gives up (target < 15)', (r) => f(r.mail.silentRelayS, 1));
  both('registrations/s, relay down ÷ relay up (target ≥ 0.5)', (r) =>
    r.relay ? `${f(r.relay.downOverUp, 2)} (${f(r.relay.down.perSecond, 1)} ÷ ${f(r.relay.up.perSecond, 1)})` : '—',
  );
  both('attendee list, 20,000 rows: p50/p95 ms (target p95 < 50)', (r) => `${f(r.list.listP50, 1)}/${f(r.list.listP95, 1)}`);
  both('CSV export of 20,000: ms, peak RSS growth MB', (r) => `${f(r.list.exportMs)}, ${f(r.list.exportPeakRssDeltaMb, 1)}`);
  both('start-up to first 200: warm / empty database (embedded: migrates + seeds), ms', (r) => `${f(r.startup.warmMs)} / ${f(r.startup.emptyMs)}`);
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const [i, row] of rows.entries()) {
    console.log(`| ${row.map((c, j) => c.padEnd(widths[j]!)).join(' | ')} |`);
    if (i === 0) console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  }
  if (results.embedded?.lab) printLab(results.embedded.lab);
  if (results.embedded?.weight) {
    console.log('\nPage weight (production build, gzip): route · first-load JS · messages sent to the browser');
    for (const [route, w] of Object.entries<any>(results.embedded.weight)) {
      console.log(`  ${route.padEnd(52)} ${f(w.jsGzipKb, 1)} kB · ${f(w.messagesGzipKb, 2)} kB`);
    }
  }
}

function printLab(lab: Record<string, any>) {
  console.log('\nLighthouse (mobile): page · performance / accessibility / best practices / SEO · LCP, TBT, CLS');
  for (const [page, s] of Object.entries<any>(lab)) {
    console.log(
      `  ${page.padEnd(58)} ${[s.performance, s.accessibility, s.bestPractices, s.seo].map((n) => f(n)).join('/')} · ${f(s.lcpMs)} ms, ${f(s.tbtMs)} ms, ${f(s.cls, 3)}${s.below ? ` · below 95: ${s.below.join('; ')}` : ''}`,
    );
  }
}

const meanOf = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const mean = (r: any, key: string) => meanOf(Object.values<any>(r[key]).map((p) => p.rps));
/** A page against the ceiling measured right before it (bench/scenarios/pages.ts, besideCeiling). */
const besideRatio = (p: any) => p.rps / p.ceiling.rps;
