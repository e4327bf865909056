/**
 * The figures of one Lighthouse run that say why its performance score is what it is:
 * each weighted metric's value, score and weight (read from the report itself, so a
 * Lighthouse that reweighs its metrics needs no change here), the benchmark index of
 * the machine at the start of the run, and the unthrottled timings Lighthouse observed
 * before simulating a phone. Read out of the report (LHR) as data, for the JSON and for
 * lighthouse-noise.ts. Pure.
 */

/** One metric of the performance score: its value (ms, or unitless for CLS), its 0–1 score and its weight. */
export interface MetricFigure {
  readonly value: number;
  readonly score: number;
  readonly weight: number;
}

/** The metrics the mobile performance score is made of, by their short names. */
export const METRIC_AUDITS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
} as const;

export type MetricName = keyof typeof METRIC_AUDITS;

export interface PerformanceFigures {
  readonly metrics: Readonly<Partial<Record<MetricName, MetricFigure>>>;
  /** `lhr.environment.benchmarkIndex`: Lighthouse's measure of this machine's CPU, taken just before the page loads. */
  readonly benchmarkIndex: number | null;
  /** What the page took on this machine, unthrottled, before Lighthouse simulated a phone (ms from navigation). */
  readonly observed: { readonly firstContentfulPaint: number; readonly speedIndex: number; readonly load: number } | null;
}

/** The few parts of a Lighthouse report read here (structurally, so a test can pass a small object). */
export interface LighthouseReportPart {
  readonly categories?: { readonly performance?: { readonly auditRefs?: readonly { readonly id: string; readonly weight: number }[] } };
  readonly audits?: Readonly<Record<string, { readonly numericValue?: number; readonly score?: number | null; readonly details?: unknown } | undefined>>;
  readonly environment?: { readonly benchmarkIndex?: number };
}

export function readPerformanceFigures(lhr: LighthouseReportPart): PerformanceFigures {
  const weights = new Map((lhr.categories?.performance?.auditRefs ?? []).map((ref) => [ref.id, ref.weight]));
  const metrics: Partial<Record<MetricName, MetricFigure>> = {};
  for (const [name, id] of Object.entries(METRIC_AUDITS) as [MetricName, string][]) {
    const audit = lhr.audits?.[id];
    const weight = weights.get(id);
    if (typeof audit?.numericValue === 'number' && typeof audit.score === 'number' && weight !== undefined) {
      metrics[name] = { value: audit.numericValue, score: audit.score, weight };
    }
  }
  const benchmarkIndex = lhr.environment?.benchmarkIndex;
  return { metrics, benchmarkIndex: typeof benchmarkIndex === 'number' ? benchmarkIndex : null, observed: observedTimings(lhr.audits?.['metrics']?.details) };
}

function observedTimings(details: unknown): PerformanceFigures['observed'] {
  const item = (details as { items?: unknown[] } | undefined)?.items?.[0] as Record<string, unknown> | undefined;
  const firstContentfulPaint = item?.['observedFirstContentfulPaint'];
  const speedIndex = item?.['observedSpeedIndex'];
  const load = item?.['observedLoad'];
  return typeof firstContentfulPaint === 'number' && typeof speedIndex === 'number' && typeof load === 'number' ? { firstContentfulPaint, speedIndex, load } : null;
}
