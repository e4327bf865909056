import { expect, test } from 'vitest';
import { parseSizes, SizesError } from '../../src/bench/sizes.ts';

test.each([
  ['100', [100]],
  ['100,1000', [100, 1000]],
  ['100, 1000 ,10000', [100, 1000, 10000]],
  ['1000,100', [1000, 100]],
  ['30', [30]],
])('--sizes %s', (text, sizes) => {
  expect(parseSizes(text)).toEqual(sizes);
});

test.each([
  ['', /"" is not a whole number of entries of at least 30/],
  ['100,', /"" is not a whole number/],
  ['1_000', /"1_000" is not a whole number/],
  ['10', /"10" is not a whole number of entries of at least 30/],
  ['-100', /"-100" is not a whole number/],
  ['1e3', /"1e3" is not a whole number/],
  ['100.5', /"100.5" is not a whole number/],
  ['100,100', /lists a size twice/],
])('--sizes %j is refused, saying what to type', (text, message) => {
  expect(() => parseSizes(text)).toThrow(SizesError);
  expect(() => parseSizes(text)).toThrow(message);
  expect(() => parseSizes(text)).toThrow(/like --sizes 100,1000/);
});
