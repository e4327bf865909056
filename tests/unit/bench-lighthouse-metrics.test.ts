import { expect, test } from 'vitest';
import { type LighthouseReportPart, readPerformanceFigures } from '../../src/bench/lighthouse-metrics.ts';

// The parts of a real Lighthouse 13.5 report (the sample binder's affogato on a busy machine), trimmed.
const lhr: LighthouseReportPart = {
  categories: {
    performance: {
      auditRefs: [
        { id: 'first-contentful-paint', weight: 10 },
        { id: 'largest-contentful-paint', weight: 25 },
        { id: 'total-blocking-time', weight: 30 },
        { id: 'cumulative-layout-shift', weight: 25 },
        { id: 'speed-index', weight: 10 },
        { id: 'interaction-to-next-paint', weight: 0 },
      ],
    },
  },
  audits: {
    'first-contentful-paint': { numericValue: 1198.2, score: 0.99 },
    'largest-contentful-paint': { numericValue: 1245.9, score: 1 },
    'total-blocking-time': { numericValue: 4, score: 1 },
    'cumulative-layout-shift': { numericValue: 0, score: 1 },
    'speed-index': { numericValue: 3611.7, score: 0.87 },
    metrics: { details: { items: [{ observedFirstContentfulPaint: 2216, observedSpeedIndex: 2218, observedLoad: 415, observedLastVisualChange: 2517 }] } },
  },
  environment: { benchmarkIndex: 459.5 },
};

test('each weighted metric with its value, score and weight; the benchmark index; the observed paint, speed index and load', () => {
  expect(readPerformanceFigures(lhr)).toEqual({
    metrics: {
      FCP: { value: 1198.2, score: 0.99, weight: 10 },
      LCP: { value: 1245.9, score: 1, weight: 25 },
      TBT: { value: 4, score: 1, weight: 30 },
      CLS: { value: 0, score: 1, weight: 25 },
      SI: { value: 3611.7, score: 0.87, weight: 10 },
    },
    benchmarkIndex: 459.5,
    observed: { firstContentfulPaint: 2216, speedIndex: 2218, load: 415 },
  });
});

test.each([
  ['a metric Lighthouse could not score is left out', { ...lhr, audits: { ...lhr.audits, 'speed-index': { numericValue: 3611.7, score: null } } }, ['FCP', 'LCP', 'TBT', 'CLS']],
  ['a metric the category does not weigh is left out', { ...lhr, categories: { performance: { auditRefs: lhr.categories!.performance!.auditRefs!.slice(0, 2) } } }, ['FCP', 'LCP']],
  ['a report with no audits has no metrics', { environment: { benchmarkIndex: 2000 } }, []],
] as const)('%s', (_, report, names) => {
  expect(Object.keys(readPerformanceFigures(report as LighthouseReportPart).metrics)).toEqual(names);
});

test('no benchmark index and no observed timings read as null', () => {
  expect(readPerformanceFigures({ audits: { metrics: { details: { items: [{ observedFirstContentfulPaint: 100 }] } } } })).toEqual({ metrics: {}, benchmarkIndex: null, observed: null });
});
