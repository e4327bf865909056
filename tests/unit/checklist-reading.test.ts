import { describe, expect, test } from 'vitest';
import {
  type ChecklistLimit,
  checkReading,
  formatReading,
  limitIn,
  parseReadingValue,
  ReadingUnitError,
  readingUnitsFor,
} from '../../src/domain/checklist/reading-check.ts';

const limit = (l: Omit<ChecklistLimit, 'correctiveAction'>): ChecklistLimit => ({ ...l, correctiveAction: 'Fix it.' });

// Limits as the sample procedures write them.
const WALK_IN = limit({ comparison: 'at-most', value: 5, unit: 'C', text: 'Air ≤ 5 °C (41 °F)' });
const REHEAT = limit({ comparison: 'at-least', value: 74, unit: 'C', text: 'Core ≥ 74 °C (165 °F) for 15 s' });
const HOT_HOLD_F = limit({ comparison: 'at-least', value: 135, unit: 'F', text: 'Holding ≥ 135 °F (57 °C)' });
const SANITISER = limit({ comparison: 'at-least', value: 50, unit: 'ppm', text: 'Sanitiser ≥ 50 ppm' });
const ACIDIFIED = limit({ comparison: 'at-most', value: 4.6, unit: 'pH', text: 'pH ≤ pH 4.6' });
const SHELF_LIFE = limit({ comparison: 'at-most', value: 168, unit: 'hours', text: 'Time ≤ 7 d' });
const TRUCK = limit({ comparison: 'at-most', value: 30, unit: 'minutes', text: 'Time ≤ 30 min' });

describe('checkReading', () => {
  test.each([
    // Same unit, both sides of the limit and exactly on it.
    [WALK_IN, 4, 'C', true, 'Within limit: 4 °C meets Air ≤ 5 °C (41 °F).'],
    [WALK_IN, 5, 'C', true, 'Within limit: 5 °C meets Air ≤ 5 °C (41 °F).'],
    [WALK_IN, 8, 'C', false, 'Out of limit: 8 °C is above Air ≤ 5 °C (41 °F).'],
    [WALK_IN, -18, 'C', true, 'Within limit: -18 °C meets Air ≤ 5 °C (41 °F).'],
    [REHEAT, 73.5, 'C', false, 'Out of limit: 73.5 °C is below Core ≥ 74 °C (165 °F) for 15 s.'],
    // °F reading against a °C limit: the Food Code's own pair, so 165 °F passes a 74 °C limit.
    [REHEAT, 165, 'F', true, 'Within limit: 165 °F (73.9 °C) meets Core ≥ 74 °C (165 °F) for 15 s.'],
    [REHEAT, 164, 'F', false, 'Out of limit: 164 °F (73.3 °C) is below Core ≥ 74 °C (165 °F) for 15 s.'],
    [WALK_IN, 41, 'F', true, 'Within limit: 41 °F (5 °C) meets Air ≤ 5 °C (41 °F).'],
    [WALK_IN, 42, 'F', false, 'Out of limit: 42 °F (5.6 °C) is above Air ≤ 5 °C (41 °F).'],
    // °C reading against a °F limit.
    [HOT_HOLD_F, 57, 'C', true, 'Within limit: 57 °C (134.6 °F) meets Holding ≥ 135 °F (57 °C).'],
    [HOT_HOLD_F, 56, 'C', false, 'Out of limit: 56 °C (132.8 °F) is below Holding ≥ 135 °F (57 °C).'],
    // ppm and pH.
    [SANITISER, 50, 'ppm', true, 'Within limit: 50 ppm meets Sanitiser ≥ 50 ppm.'],
    [SANITISER, 25, 'ppm', false, 'Out of limit: 25 ppm is below Sanitiser ≥ 50 ppm.'],
    [ACIDIFIED, 4.2, 'pH', true, 'Within limit: pH 4.2 meets pH ≤ pH 4.6.'],
    [ACIDIFIED, 4.7, 'pH', false, 'Out of limit: pH 4.7 is above pH ≤ pH 4.6.'],
    // Hours and minutes, either way round.
    [SHELF_LIFE, 170, 'hours', false, 'Out of limit: 170 h is above Time ≤ 7 d.'],
    [SHELF_LIFE, 600, 'minutes', true, 'Within limit: 600 min (10 h) meets Time ≤ 7 d.'],
    [TRUCK, 0.5, 'hours', true, 'Within limit: 0.5 h (30 min) meets Time ≤ 30 min.'],
    [TRUCK, 45, 'minutes', false, 'Out of limit: 45 min is above Time ≤ 30 min.'],
  ] as const)('%o with %d %s: within %s', (l, value, unit, within, sentence) => {
    expect(checkReading(l, { value, unit })).toEqual({ within, sentence });
  });

  test.each([
    [SANITISER, 'C', 'A reading in °C cannot be checked against a limit in ppm: enter it in ppm.'],
    [WALK_IN, 'ppm', 'A reading in ppm cannot be checked against a limit in °C: enter it in °C or °F.'],
    [ACIDIFIED, 'minutes', 'A reading in min cannot be checked against a limit in pH: enter it in pH.'],
  ] as const)('a reading against %o in %s is refused with the fix', (l, unit, message) => {
    expect(() => checkReading(l, { value: 1, unit })).toThrow(new ReadingUnitError(unit, l.unit));
    expect(() => checkReading(l, { value: 1, unit })).toThrow(message);
  });
});

test.each([
  [{ value: 74, unit: 'C' }, 'F', 165],
  [{ value: 5, unit: 'C' }, 'F', 41],
  [{ value: 135, unit: 'F' }, 'C', 57],
  [{ value: 100, unit: 'F' }, 'C', 37.78],
  [{ value: 2, unit: 'hours' }, 'minutes', 120],
  [{ value: 90, unit: 'minutes' }, 'hours', 1.5],
  [{ value: 50, unit: 'ppm' }, 'ppm', 50],
] as const)('limit %o in %s is %d', (l, unit, expected) => {
  expect(limitIn(l, unit)).toBeCloseTo(expected, 2);
});

test.each([
  ['C', ['C', 'F']],
  ['F', ['F', 'C']],
  ['ppm', ['ppm']],
  ['pH', ['pH']],
  ['minutes', ['minutes', 'hours']],
  ['hours', ['hours', 'minutes']],
] as const)('a %s limit takes readings in %o, its own unit first', (unit, units) => {
  expect(readingUnitsFor(unit)).toEqual(units);
});

test.each([
  ['4.5', 4.5],
  ['4,5', 4.5],
  [' 72 ', 72],
  ['-18', -18],
  ['.5', 0.5],
  ['+3', 3],
  ['', null],
  ['   ', null],
  ['abc', null],
  ['4.5.1', null],
  ['1e3', null],
  ['Infinity', null],
] as const)('the typed value %j is %s', (text, value) => {
  expect(parseReadingValue(text)).toBe(value);
});

test.each([
  [{ value: 8, unit: 'C' }, false, '8 °C'],
  [{ value: 4.25, unit: 'F' }, false, '4.25 °F'],
  [{ value: 4.25, unit: 'F' }, true, '4.3 °F'],
  [{ value: 4.2, unit: 'pH' }, false, 'pH 4.2'],
  [{ value: 200, unit: 'ppm' }, false, '200 ppm'],
  [{ value: 90, unit: 'minutes' }, false, '90 min'],
  [{ value: 3, unit: 'hours' }, false, '3 h'],
] as const)('%o (rounded: %s) is written %s', (reading, rounded, text) => {
  expect(formatReading(reading, rounded)).toBe(text);
});
