/**
 * The formatter's safety net: where two readings of a file first differ, in the data
 * and in the rendered notes.
 */
import { describe, expect, test } from 'vitest';
import { firstBodyDifference, firstDataDifference } from '../../src/binder/same-meaning.ts';

describe('firstDataDifference', () => {
  test.each<[string, unknown, unknown, Array<string | number> | undefined]>([
    ['equal, keys in another order', { a: 1, b: [{ c: 'x' }] }, { b: [{ c: 'x' }], a: 1 }, undefined],
    ['a changed nested value', { a: 1, b: [{ c: 'x' }] }, { a: 1, b: [{ c: 'y' }] }, ['b', 0, 'c']],
    ['a string that became a number', { density: '1.0' }, { density: 1 }, ['density']],
    ['a string that became a date', { note: '2024-01-01' }, { note: new Date('2024-01-01') }, ['note']],
    ['a missing key', { a: 1, b: 2 }, { a: 1 }, ['b']],
    ['an extra list item', { list: [1] }, { list: [1, 2] }, ['list', 1]],
    ['a whole file that no longer parses', { a: 1 }, undefined, []],
  ])('%s', (_name, before, after, path) => {
    expect(firstDataDifference(before, after)).toEqual(path);
  });
});

describe('firstBodyDifference', () => {
  test.each<[string, string, string, number | undefined]>([
    ['dash and asterisk bullets render alike', 'Intro.\n\n- one\n- two\n', 'Intro.\n\n* one\n* two', undefined],
    ['underscore and asterisk emphasis render alike', 'Some _em_ and __strong__.', 'Some *em* and **strong**.', undefined],
    ['a changed word, on its line', 'Intro.\n\n## Heading\n\nold text', 'Intro.\n\n## Heading\n\nnew text', 5],
    ['two paragraphs merged into one', 'a\n\nb', 'a\nb', 1],
    ['lone asterisks that became emphasis', 'A * B * C', 'A  *B*  C', 1],
    ['indented text (a paragraph in MDX) that became a code block', '    code', '```\ncode\n```', 1],
    ['a body MDX cannot read is compared as markdown', 'Keep it <5 °C', 'Keep it <5 °C', undefined],
  ])('%s', (_name, before, after, line) => {
    expect(firstBodyDifference(before, after)).toBe(line);
  });
});
