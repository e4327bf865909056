import { describe, expect, test } from 'vitest';
import { formatTemperature, preferScale, toCelsius, toFahrenheit } from '../../src/domain/temperature.ts';

test.each([
  [{ value: 74, unit: 'C' }, 74, 165.2],
  [{ value: 165, unit: 'F' }, 73.89, 165],
  [{ value: -18, unit: 'C' }, -18, -0.4],
  [{ value: 41, unit: 'F' }, 5, 41],
] as const)('%o is %d °C and %d °F', (t, c, f) => {
  expect(toCelsius(t)).toBeCloseTo(c, 1);
  expect(toFahrenheit(t)).toBeCloseTo(f, 1);
});

test.each([
  [{ value: 74, unit: 'C' }, '74 °C (165 °F)'],
  [{ value: 135, unit: 'F' }, '135 °F (57 °C)'],
  [{ value: 2.5, unit: 'C' }, '2.5 °C (37 °F)'],
  // The Food Code's own pair, not 154 °F, which would stop a cook short of the limit.
  [{ value: 68, unit: 'C' }, '68 °C (155 °F)'],
  [{ value: 155, unit: 'F' }, '155 °F (68 °C)'],
  [{ value: 70, unit: 'C' }, '70 °C (158 °F)'],
  [{ value: -18, unit: 'C' }, '-18 °C (0 °F)'],
] as const)('%o is written %s', (t, text) => {
  expect(formatTemperature(t)).toBe(text);
});

describe('the cook’s scale first', () => {
  test.each([
    ['Bake at 370 °C (698 °F).', 'F', 'Bake at 698 °F (370 °C).'],
    ['Bake at 370 °C (698 °F).', 'C', 'Bake at 370 °C (698 °F).'],
    ['Core ≥ 74 °C (165 °F) for 15 s, then ≤ 5 °C (41 °F)', 'F', 'Core ≥ 165 °F (74 °C) for 15 s, then ≤ 41 °F (5 °C)'],
    ['Hold at 135 °F (57 °C)', 'C', 'Hold at 57 °C (135 °F)'],
    ['Cool to −18 °C', 'F', 'Cool to −18 °C'],
    ['At -2.5 °C (27 °F)', 'F', 'At 27 °F (-2.5 °C)'],
  ] as const)('%s with %s first reads %s', (text, scale, expected) => {
    expect(preferScale(text, scale)).toBe(expected);
  });
});
