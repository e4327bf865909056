import { expect, test } from 'vitest';
import { type CategoryScores, medianScores, needsConfirmation } from '../../src/bench/lighthouse-median.ts';

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
