/**
 * The short quotes of a reworded step or summary ("…mix 1 minute…" → "…mix 2 minutes…"):
 * each side must read as that side's own text, spaces and punctuation included.
 */
import { describe, expect, test } from 'vitest';
import { excerpts, wordDiff } from '../../src/domain/kitchen-diff/word-diff.ts';

describe('excerpts', () => {
  test.each([
    ['an inserted phrase before a comma', 'Rest covered on the bench, then divide into balls.', 'Rest covered on the bench for 20 minutes, then divide into balls.'],
    ['an inserted phrase after a comma', 'A thick, tender frittata of eggs', 'A thick, tender, golden frittata of eggs'],
    ['a replaced number', 'Bake for 5 minutes.', 'Bake for 6 minutes.'],
    ['a removed phrase and a replaced comma', 'Add salt, mix 1 minute, then oil', 'Add salt and mix, then oil'],
    ['a removed sentence at the end', 'Stir well. Season to taste.', 'Stir well.'],
  ])('%s: each side reads as written', (_name, before, after) => {
    expect(excerpts(wordDiff(before, after), 50)).toEqual({ before, after });
  });

  test('long unchanged runs shrink to a few words either side of the change', () => {
    const before = 'Spread the sauce thinly with the back of a ladle, stopping a finger short of the rim.';
    const after = 'Spread the sauce thinly with the back of a spoon, stopping a finger short of the rim.';
    expect(excerpts(wordDiff(before, after))).toEqual({ before: '…the back of a ladle, stopping a finger…', after: '…the back of a spoon, stopping a finger…' });
  });
});
