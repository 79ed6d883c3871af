// `npm run bench:lab`: Lighthouse alone (also part of `npm run bench`), against a running production server.
import { labQuality } from './scenarios/lighthouse';
const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const scores = await labQuality(base);
for (const [page, s] of Object.entries(scores)) {
  console.log(
    `${page.padEnd(58)} perf ${s.performance} a11y ${s.accessibility} bp ${s.bestPractices} seo ${s.seo} · LCP ${Math.round(s.lcpMs)} ms TBT ${Math.round(s.tbtMs)} ms CLS ${s.cls.toFixed(3)}${'below' in s ? ` · ${(s as { below: string[] }).below.join('; ')}` : ''}`,
  );
}
process.exit(0);
