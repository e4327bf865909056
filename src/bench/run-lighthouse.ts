/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a slow 4G, simulated)
 * of the chosen pages, in the same Chromium the browser tests use, launched once for
 * all pages. Lighthouse is loaded only when asked for: it takes seconds to import.
 * A page whose first run misses the target is audited again (see lighthouse-median.ts),
 * and a missed performance point is judged the page's or the machine's from the figures
 * behind it (lighthouse-metrics.ts, lighthouse-noise.ts).
 */
import { type LighthouseRun, type LighthouseScores, READING_PAGE_BUDGETS } from './budgets.ts';
import type { ChosenPage } from './choose-pages.ts';
import { CONFIRMING_RUNS, medianScores, medianVerdict, needsConfirmation } from './lighthouse-median.ts';
import { type LighthouseReportPart, readPerformanceFigures } from './lighthouse-metrics.ts';
import { judgePerformanceRun, type PerformanceVerdict } from './lighthouse-noise.ts';

export const LIGHTHOUSE_CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;

export async function runLighthouse(origin: string, pages: readonly ChosenPage[], chromePath: string, basePath = '/', target = READING_PAGE_BUDGETS.lighthouseScore): Promise<LighthouseScores[]> {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: LIGHTHOUSE_CHROME_FLAGS, logLevel: 'silent' });
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;

  const audit = async (url: string): Promise<LighthouseRun & { performanceVerdict: PerformanceVerdict; error?: string }> => {
    // A page Lighthouse cannot audit is a result (no score, and why), not the end of the benchmark.
    const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }).catch(
      (error: Error) => ({ failed: error.message }) as const,
    );
    const lhr = result && 'lhr' in result ? result.lhr : undefined;
    const score = (category: (typeof CATEGORIES)[number]) => {
      const value = lhr?.categories[category]?.score;
      return typeof value === 'number' ? Math.round(value * 100) : null;
    };
    const error = result && 'failed' in result ? result.failed : (lhr?.runtimeError?.message ?? (lhr ? undefined : 'Lighthouse returned no result'));
    const figures = lhr ? readPerformanceFigures(lhr as LighthouseReportPart) : { metrics: {}, benchmarkIndex: null, observed: null };
    const performance = score('performance');
    return {
      performance,
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      ...figures,
      performanceVerdict: judgePerformanceRun({ performance, ...figures }, target),
      ...(error !== undefined && { error }),
    };
  };

  try {
    const results: LighthouseScores[] = [];
    for (const page of pages) {
      const url = `${origin}${base}${page.path.replace(/^\//, '')}`;
      const samples = [await audit(url)];
      if (needsConfirmation(samples[0]!, target)) {
        while (samples.length < CONFIRMING_RUNS) samples.push(await audit(url));
      }
      const median = medianScores(samples);
      // Why a category has no score, if one has none.
      const error = Object.values(median).includes(null) ? samples.find((sample) => sample.error !== undefined)?.error : undefined;
      results.push({
        label: page.label,
        path: page.path,
        ...median,
        runs: samples.map(({ error: _error, ...run }) => run),
        performanceVerdict: medianVerdict(samples.map((sample) => sample.performanceVerdict)),
        ...(error !== undefined && { error }),
      });
    }
    return results;
  } finally {
    chrome.kill();
  }
}
