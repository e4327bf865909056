/**
 * Lighthouse's performance score moves from run to run, the more so on a busy machine
 * (one run of the margherita scored 92, the next two 100, with nothing changed). Its
 * authors advise the median of several runs; to keep the benchmark quick, a page is
 * audited again only when its first run misses the budget, and the median of three is
 * kept; a missed performance point is judged run by run (lighthouse-noise.ts) and the
 * page takes the median verdict. Pure.
 */
import type { PerformanceVerdict } from './lighthouse-noise.ts';

export interface CategoryScores {
  readonly performance: number | null;
  readonly accessibility: number | null;
  readonly bestPractices: number | null;
}

const CATEGORIES = ['performance', 'accessibility', 'bestPractices'] as const;

/** How many runs a page gets in all when its first one misses the budget. */
export const CONFIRMING_RUNS = 3;

/** Whether a first run misses the target in any category (or could not be scored), and so is worth confirming. */
export function needsConfirmation(first: CategoryScores, target: number): boolean {
  return CATEGORIES.some((category) => first[category] === null || first[category] < target);
}

/** Per category, the median of the runs; a run with no score counts as the lowest. */
export function medianScores(samples: readonly CategoryScores[]): CategoryScores {
  if (samples.length === 0) throw new RangeError('medianScores needs at least one Lighthouse run.');
  const median = (category: (typeof CATEGORIES)[number]): number | null => {
    const sorted = samples.map((sample) => sample[category]).sort((a, b) => (a ?? -1) - (b ?? -1));
    return sorted[Math.floor(sorted.length / 2)]!;
  };
  return { performance: median('performance'), accessibility: median('accessibility'), bestPractices: median('bestPractices') };
}

const VERDICT_RANK: Readonly<Record<PerformanceVerdict['verdict'], number>> = { miss: 0, noise: 1, pass: 2 };

/**
 * The page's performance verdict: the median of its runs' verdicts, a miss ranking
 * lowest and a pass highest, so a page passes or is blamed on the machine only when
 * most of its runs are; on a tie of ranks the first run's reason is kept.
 */
export function medianVerdict(verdicts: readonly PerformanceVerdict[]): PerformanceVerdict {
  if (verdicts.length === 0) throw new RangeError('medianVerdict needs at least one Lighthouse run.');
  const sorted = [...verdicts].sort((a, b) => VERDICT_RANK[a.verdict] - VERDICT_RANK[b.verdict]);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  return verdicts.find((verdict) => verdict.verdict === median.verdict)!;
}
