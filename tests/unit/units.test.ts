import { describe, expect, test } from 'vitest';
import { canConvert, convert, IncompatibleUnitsError, UNIT_IDS, unitsOf } from '../../src/domain/units.ts';

describe('convert', () => {
  test.each([
    { quantity: 1, from: 'kg', to: 'g', facts: {}, expected: 1000 },
    { quantity: 1, from: 'lb', to: 'g', facts: {}, expected: 453.59237 },
    { quantity: 16, from: 'oz', to: 'lb', facts: {}, expected: 1 },
    { quantity: 1, from: 'l', to: 'ml', facts: {}, expected: 1000 },
    { quantity: 3, from: 'tsp', to: 'tbsp', facts: {}, expected: 1 },
    { quantity: 1, from: 'cup', to: 'fl-oz', facts: {}, expected: 8 },
    { quantity: 1, from: 'gal', to: 'qt', facts: {}, expected: 4 },
    { quantity: 100, from: 'ml', to: 'g', facts: { density: 0.91 }, expected: 91 },
    { quantity: 91, from: 'g', to: 'ml', facts: { density: 0.91 }, expected: 100 },
    { quantity: 2, from: 'each', to: 'g', facts: { gramsEach: 50 }, expected: 100 },
    { quantity: 1, from: 'cup', to: 'g', facts: { density: 0.55 }, expected: 130.12 },
  ] as const)('$quantity $from → $to', ({ quantity, from, to, facts, expected }) => {
    expect(convert(quantity, from, to, facts)).toBeCloseTo(expected, 2);
  });

  test.each([
    { from: 'ml', to: 'g', facts: {}, needs: 'a density' },
    { from: 'each', to: 'kg', facts: { density: 1 }, needs: 'a weight per piece' },
    { from: 'portion', to: 'g', facts: { density: 1, gramsEach: 1 }, needs: 'a weight per piece' },
  ] as const)('$from → $to without the facts fails and says what is missing', ({ from, to, facts, needs }) => {
    expect(canConvert(from, to, facts)).toBe(false);
    expect(() => convert(1, from, to, facts)).toThrow(IncompatibleUnitsError);
    expect(() => convert(1, from, to, facts)).toThrow(needs);
  });
});

test('every unit belongs to exactly one dimension', () => {
  const byDimension = (['mass', 'volume', 'count', 'portion'] as const).flatMap((d) => unitsOf(d));
  expect([...byDimension].sort()).toEqual([...UNIT_IDS].sort());
});
