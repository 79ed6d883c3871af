import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LOCALES } from './pages';

const PAGES = ['', '/events/northeast-asia-belt-and-road-2027', '/events/northeast-asia-belt-and-road-2027/register'];

interface LabScore {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** Lighthouse (mobile profile, Debian's Chromium) on home, an event page and the form, in every locale. */
export async function labQuality(base: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const scores: Record<string, LabScore> = {};
  const audit = async (url: string) => {
    const lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }))!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const below = Object.entries(lhr.categories)
      .filter(([, c]) => (c.score ?? 0) < 0.95)
      .map(
        ([id, c]) =>
          `${id} ${Math.round((c.score ?? 0) * 100)}: ${Object.values(lhr.audits)
            .filter((a) => a.score !== null && a.score < 0.9 && c.auditRefs.some((r) => r.id === a.id && r.weight > 0))
            .map((a) => a.id)
            .slice(0, 4)
            .join(', ')}`,
      );
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? NaN,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
      ...(below.length > 0 ? { below } : {}),
    };
  };
  try {
    // The framework's floor (a prerendered page with no client code of ours): what performance this machine's
    // Lighthouse gives Next itself. Its other categories mean nothing (no title, no description: it is not a page).
    const { performance, lcpMs, tbtMs, cls } = await audit(`${base}/bench-ceiling`);
    scores['/bench-ceiling (framework floor: performance only)'] = { performance, lcpMs, tbtMs, cls, accessibility: NaN, bestPractices: NaN, seo: NaN };
    for (const locale of LOCALES) {
      for (const page of PAGES) scores[`/${locale}${page}`] = await audit(`${base}/${locale}${page}`);
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
