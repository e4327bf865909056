/**
 * The budgets of a reading page (issue #9, "Budgets"), checked against what the
 * benchmark measured: every figure is compared with its limit, and a failed check says
 * by how much it went over, so `npm run bench` can gate a change. A Lighthouse
 * performance miss judged the machine's, not the page's (lighthouse-noise.ts), passes
 * with a warning saying so. Pure.
 */
import { formatKilobytes } from './format.ts';
import type { PerformanceFigures } from './lighthouse-metrics.ts';
import type { PerformanceVerdict } from './lighthouse-noise.ts';

/** Bytes of one kind of file: as stored, and as sent compressed. */
export interface Weight {
  readonly raw: number;
  readonly gzip: number;
  readonly brotli: number;
}

export interface MeasuredPage {
  readonly label: string;
  /** The page's URL path, e.g. `/recipes/margherita/`. */
  readonly path: string;
  readonly html: Weight;
  readonly css: Weight;
  readonly js: Weight;
  /** Every file the page loads at start, by URL path, with its kind and bytes. */
  readonly files: readonly { readonly url: string; readonly kind: 'html' | 'css' | 'js'; readonly weight: Weight }[];
  /** URLs the page asks for that are not in the built site (a typo, or a file from elsewhere). */
  readonly missing: readonly string[];
  readonly frameworkRuntimes: readonly string[];
}

/** Lighthouse category scores, 0–100, or null when Lighthouse could not score the page. */
export interface LighthouseScores {
  readonly label: string;
  readonly path: string;
  /** The median of the runs (one run, or three when the first missed the budget). */
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  /** Every run's scores: one run, or three when the first missed the budget; with the figures behind its performance score and its verdict. */
  readonly runs?: readonly LighthouseRun[];
  /** The median of the runs' performance verdicts (lighthouse-noise.ts); absent: judged by the score alone. */
  readonly performanceVerdict?: PerformanceVerdict;
  readonly error?: string;
}

export interface LighthouseRun extends Partial<PerformanceFigures> {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
  readonly performanceVerdict?: PerformanceVerdict;
}

export interface Budgets {
  /** HTML + CSS + JavaScript a page loads at start, gzip. */
  readonly pageGzipBytes: number;
  /** JavaScript a page loads at start, gzip. */
  readonly scriptGzipBytes: number;
  /** The least Lighthouse mobile score in each category. */
  readonly lighthouseScore: number;
}

export const READING_PAGE_BUDGETS: Budgets = { pageGzipBytes: 25_000, scriptGzipBytes: 12_000, lighthouseScore: 100 };

export interface BudgetCheck {
  /** The page, as "label (path)". */
  readonly subject: string;
  readonly budget: string;
  readonly limit: string;
  readonly measured: string;
  readonly passed: boolean;
  /** For a failed check: what exceeded, by how much, in words. */
  readonly overBy?: string;
  /** For a check passed despite a measured miss (a Lighthouse point lost to a busy machine): what was missed and why it is not counted. */
  readonly warning?: string;
}

export function totalWeight(page: Pick<MeasuredPage, 'html' | 'css' | 'js'>): Weight {
  return {
    raw: page.html.raw + page.css.raw + page.js.raw,
    gzip: page.html.gzip + page.css.gzip + page.js.gzip,
    brotli: page.html.brotli + page.css.brotli + page.js.brotli,
  };
}

/** Every budget for every page measured; Lighthouse ones only when Lighthouse ran. */
export function evaluateBudgets(
  pages: readonly MeasuredPage[],
  lighthouse: readonly LighthouseScores[] | null,
  budgets: Budgets = READING_PAGE_BUDGETS,
): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const page of pages) {
    const subject = `${page.label} (${page.path})`;
    checks.push(bytesCheck(subject, 'HTML+CSS+JS gzip', totalWeight(page).gzip, budgets.pageGzipBytes));
    checks.push(bytesCheck(subject, 'JS gzip', page.js.gzip, budgets.scriptGzipBytes));
    const runtimes = page.frameworkRuntimes;
    checks.push({
      subject,
      budget: 'no UI framework runtime',
      limit: 'none',
      measured: runtimes.length === 0 ? 'none' : runtimes.join(', '),
      passed: runtimes.length === 0,
      ...(runtimes.length > 0 && { overBy: `loads ${runtimes.join(', ')}` }),
    });
    if (page.missing.length > 0) {
      checks.push({
        subject,
        budget: 'every asset in the built site',
        limit: 'none missing',
        measured: `${page.missing.length} missing`,
        passed: false,
        overBy: `asks for ${page.missing.join(', ')}, not in dist/ (its weight is unknown)`,
      });
    }
  }
  for (const scores of lighthouse ?? []) {
    const subject = `${scores.label} (${scores.path})`;
    for (const [category, score] of [
      ['performance', scores.performance],
      ['accessibility', scores.accessibility],
      ['best practices', scores.bestPractices],
    ] as const) {
      const verdict = category === 'performance' && score !== null && score < budgets.lighthouseScore ? scores.performanceVerdict : undefined;
      const noise = verdict?.verdict === 'noise';
      const passed = score !== null && (score >= budgets.lighthouseScore || noise);
      const below = score === null ? '' : `${budgets.lighthouseScore - score} ${budgets.lighthouseScore - score === 1 ? 'point' : 'points'} below ${budgets.lighthouseScore}`;
      checks.push({
        subject,
        budget: `Lighthouse ${category}`,
        limit: `≥ ${budgets.lighthouseScore}`,
        measured: score === null ? 'no score' : String(score),
        passed,
        ...(!passed && {
          overBy: score === null ? `no score${scores.error ? `: ${scores.error}` : ''}` : `${below}${verdict?.verdict === 'miss' ? `: ${verdict.reason}` : ''}`,
        }),
        ...(verdict?.verdict === 'noise' && { warning: `${below}: ${verdict.reason}` }),
      });
    }
  }
  return checks;
}

function bytesCheck(subject: string, budget: string, bytes: number, limit: number): BudgetCheck {
  const passed = bytes <= limit;
  return {
    subject,
    budget,
    limit: `≤ ${formatKilobytes(limit)}`,
    measured: formatKilobytes(bytes),
    passed,
    ...(!passed && { overBy: `${formatKilobytes(bytes - limit)} over (${bytes} B > ${limit} B)` }),
  };
}

/** One line per check passed despite a measured miss, naming the page, the budget, what was missed and why it is not counted. */
export function describeWarnings(checks: readonly BudgetCheck[]): string[] {
  return checks.filter((check) => check.passed && check.warning !== undefined).map((check) => `⚠ ${check.subject}: ${check.budget} ${check.measured}, limit ${check.limit}: ${check.warning}`);
}

/** One line per failed check, naming the page, the budget and the excess. */
export function describeFailures(checks: readonly BudgetCheck[]): string[] {
  return checks.filter((check) => !check.passed).map((check) => `✗ ${check.subject}: ${check.budget} ${check.measured}, limit ${check.limit}: ${check.overBy}`);
}
