import { describe, expect, test } from 'vitest';
import { mentionTargets, parseStepText, resolveMention } from '../../src/domain/step-text.ts';

describe('parseStepText', () => {
  test.each([
    { text: 'Mix well.', segments: [{ kind: 'text', text: 'Mix well.' }] },
    { text: '@flour first', segments: [{ kind: 'mention', key: 'flour' }, { kind: 'text', text: ' first' }] },
    {
      text: 'Add @fine-sea-salt, then @olive-oil.',
      segments: [
        { kind: 'text', text: 'Add ' },
        { kind: 'mention', key: 'fine-sea-salt' },
        { kind: 'text', text: ', then ' },
        { kind: 'mention', key: 'olive-oil' },
        { kind: 'text', text: '.' },
      ],
    },
    { text: 'Whisk in (@eggs)', segments: [{ kind: 'text', text: 'Whisk in (' }, { kind: 'mention', key: 'eggs' }, { kind: 'text', text: ')' }] },
    { text: 'Email orders@supplier.com today', segments: [{ kind: 'text', text: 'Email orders@supplier.com today' }] },
    { text: 'Trailing hyphen @salt- stays', segments: [{ kind: 'text', text: 'Trailing hyphen ' }, { kind: 'mention', key: 'salt' }, { kind: 'text', text: '- stays' }] },
  ])('$text', ({ text, segments }) => {
    expect(parseStepText(text)).toEqual(segments);
  });
});

describe('resolveMention', () => {
  const lines = [
    { ingredient: 'flour' },
    { ingredient: 'salt', group: 'Dough' },
    { ingredient: 'salt', group: 'Topping', mentionAs: 'finishing-salt' },
    { recipe: 'pizza-sauce' },
    { ingredient: 'oil' },
    { ingredient: 'oil' },
  ];
  const targets = mentionTargets(lines);
  test.each([
    { key: 'flour', expected: { kind: 'line', index: 0 } },
    { key: 'salt', expected: { kind: 'line', index: 1 } },
    { key: 'finishing-salt', expected: { kind: 'line', index: 2 } },
    { key: 'pizza-sauce', expected: { kind: 'line', index: 3 } },
    { key: 'oil', expected: { kind: 'ambiguous', indexes: [4, 5] } },
    { key: 'sugar', expected: { kind: 'unknown' } },
  ])('@$key', ({ key, expected }) => {
    expect(resolveMention(key, targets)).toEqual(expected);
  });
});
