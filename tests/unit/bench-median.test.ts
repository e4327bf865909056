import { expect, test } from 'vitest';
import { median } from '../../src/bench/measure-search.ts';

test.each([
  { values: [5], middle: 5 },
  { values: [242, 86, 67], middle: 86 },
  { values: [4, 1, 3, 2], middle: 2.5 },
  { values: [78, 120, 65, 82, 70, 90, 61, 300, 77], middle: 78 },
])('the median of $values is $middle', ({ values, middle }) => {
  expect(median(values)).toBe(middle);
});
