/** Imported words stay words: markup is dropped, and what is written into an MDX body is escaped. */
import { describe, expect, test } from 'vitest';
import { mdxParagraphs, mdxText } from '../../src/import/mdx-text.ts';
import { plainText } from '../../src/import/plain-text.ts';

describe('plainText', () => {
  test.each([
    ['Rag&ugrave; alla <b>bolognese</b>', 'Ragù alla bolognese'],
    ['Pizza<script>alert(1)</script> night', 'Pizza night'],
    ['<img src=x onerror=alert(1)>Soup', 'Soup'],
    ['  many   spaces\n\nand lines ', 'many spaces and lines'],
    [42, ''],
  ])('%s', (input, expected) => {
    expect(plainText(input)).toBe(expected);
  });
});

describe('mdxText', () => {
  test.each([
    ["{import('fs')}", "\\{import\\('fs'\\)\\}"],
    ['<Callout/> and <script>', '\\<Callout/\\> and \\<script\\>'],
    ['# not a heading', '\\# not a heading'],
    ['1. not a list', '1\\. not a list'],
    ['- not a list', '\\- not a list'],
    ['*not* emphasis, [not](a link)', '\\*not\\* emphasis, \\[not\\]\\(a link\\)'],
    ['Plain words, 3.5 kg.', 'Plain words, 3.5 kg.'],
  ])('%s', (input, expected) => {
    expect(mdxText(input)).toBe(expected);
  });

  test('paragraphs are separated by a blank line, empty ones dropped', () => {
    expect(mdxParagraphs(['One.', '  ', 'Two {x}.'])).toBe('One.\n\nTwo \\{x\\}.');
  });
});
