import { expect, test } from 'vitest';
import { type CategoryScores, medianScores, medianVerdict, needsConfirmation } from '../../src/bench/lighthouse-median.ts';
import type { PerformanceVerdict } from '../../src/bench/lighthouse-noise.ts';

const s = (performance: number | null, accessibility: number | null = 100, bestPractices: number | null = 100): CategoryScores => ({
  performance,
  accessibility,
  bestPractices,
});

test.each([
  [s(100), false],
  [s(99), true],
  [s(100, 98), true],
  [s(100, 100, 96), true],
  [s(null, null, null), true],
])('a first run of %j needs confirming: %s', (first, needed) => {
  expect(needsConfirmation(first, 100)).toBe(needed);
});

test('a target of 0 never asks for more runs (one run, whatever the score)', () => {
  expect(needsConfirmation(s(12, 40, 55), 0)).toBe(false);
});

test.each([
  [[s(100)], s(100)],
  [[s(92), s(100), s(100)], s(100)],
  [[s(92), s(95), s(100)], s(95)],
  [[s(100, 98), s(100, 98), s(100, 100)], s(100, 98)],
  // A run Lighthouse could not score counts as the lowest: one failure out of three does not sink the median, two do.
  [[s(null, null, null), s(100), s(99)], s(99)],
  [[s(null, null, null), s(null, null, null), s(100)], s(null, null, null)],
])('the median of %j is %j', (samples, median) => {
  expect(medianScores(samples)).toEqual(median);
});

test('no runs at all is a mistake', () => {
  expect(() => medianScores([])).toThrow(RangeError);
});

const pass: PerformanceVerdict = { verdict: 'pass' };
const noise = (reason: string): PerformanceVerdict => ({ verdict: 'noise', reason });
const miss = (reason: string): PerformanceVerdict => ({ verdict: 'miss', reason });

test.each([
  ['one pass', [pass], pass],
  ['one noise', [noise('SI')], noise('SI')],
  ['a miss outvoted by two passes', [miss('TBT'), pass, pass], pass],
  ['noise, a pass and a miss: the middle one, noise', [noise('SI'), pass, miss('LCP')], noise('SI')],
  ['two noisy runs and a pass: noise, with the first run\'s reason', [noise('SI 1'), pass, noise('SI 3')], noise('SI 1')],
  ['two misses outvote a pass', [miss('LCP 1'), pass, miss('LCP 3')], miss('LCP 1')],
  ['two misses outvote noise', [noise('SI'), miss('CLS'), miss('CLS 3')], miss('CLS')],
] as const)('the page verdict of %s', (_, verdicts, median) => {
  expect(medianVerdict(verdicts)).toEqual(median);
});

test('no verdicts at all is a mistake', () => {
  expect(() => medianVerdict([])).toThrow(RangeError);
});
