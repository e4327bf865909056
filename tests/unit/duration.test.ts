import { expect, test } from 'vitest';
import { formatMinutes, formatShelfLife, minutesToIso8601 } from '../../src/domain/duration.ts';

test.each([
  [0, 'PT0M'],
  [0.5, 'PT30S'],
  [20, 'PT20M'],
  [90, 'PT1H30M'],
  [2880, 'P2D'],
  [2910, 'P2DT30M'],
])('%d minutes is %s', (minutes, iso) => {
  expect(minutesToIso8601(minutes)).toBe(iso);
});

test('a negative duration is refused', () => {
  expect(() => minutesToIso8601(-1)).toThrow(RangeError);
});

test.each([
  [0.25, '15 s'],
  [20, '20 min'],
  [90, '1 h 30 min'],
  [2880, '2 d'],
  [2910, '2 d'],
  [1.5, '1 min 30 s'],
])('%d minutes reads as %s', (minutes, text) => {
  expect(formatMinutes(minutes)).toBe(text);
});

test.each([
  [12, '12 h'],
  [72, '3 days'],
  [168, '7 days'],
  [30, '1 d 6 h'],
])('a shelf life of %d hours reads as %s', (hours, text) => {
  expect(formatShelfLife(hours)).toBe(text);
});
