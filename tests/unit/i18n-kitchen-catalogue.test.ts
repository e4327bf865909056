/**
 * The kitchen catalogue (src/i18n/messages/kitchen/): every English key is in Spanish and
 * Italian, no language has a key English lacks, and each translation takes the same
 * `{placeholders}` and the same form (plain text or plural forms) as the English.
 */
import { describe, expect, test } from 'vitest';
import type { Message } from '../../src/i18n/format-message.ts';
import { kitchenEn } from '../../src/i18n/messages/kitchen/en.ts';
import { kitchenEs } from '../../src/i18n/messages/kitchen/es.ts';
import { kitchenIt } from '../../src/i18n/messages/kitchen/it.ts';

const english: Readonly<Record<string, Message>> = kitchenEn;
const LANGUAGES: ReadonlyArray<[string, Readonly<Record<string, Message>>]> = [
  ['es', kitchenEs],
  ['it', kitchenIt],
];

/** The `{name}`s of a message, sorted; for plural forms, those of every form together. */
function placeholders(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => [...(text ?? '').matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();
}

describe.each(LANGUAGES)('the kitchen catalogue in %s', (language, catalogue) => {
  test('has every English key', () => {
    expect(Object.keys(english).filter((key) => !(key in catalogue))).toEqual([]);
  });

  test('has no key English lacks', () => {
    expect(Object.keys(catalogue).filter((key) => !(key in english))).toEqual([]);
  });

  test('takes the same placeholders as English in every message', () => {
    const differ = Object.entries(english)
      .filter(([key]) => key in catalogue)
      .filter(([key, message]) => JSON.stringify(placeholders(catalogue[key]!)) !== JSON.stringify(placeholders(message)))
      .map(([key, message]) => `${key}: ${placeholders(message).join(',')} ≠ ${placeholders(catalogue[key]!).join(',')}`);
    expect(differ).toEqual([]);
  });

  test('keeps plural forms where English has them, each with an `other`', () => {
    const differ = Object.entries(english)
      .filter(([key]) => key in catalogue)
      .filter(([key, message]) => {
        const translated = catalogue[key]!;
        if (typeof message === 'string') return typeof translated !== 'string';
        return typeof translated === 'string' || typeof translated.other !== 'string';
      })
      .map(([key]) => key);
    expect(differ).toEqual([]);
  });

  test('translates: no message is empty, and the allergen names are not left in English', () => {
    expect(Object.entries(catalogue).filter(([, message]) => placeholders(message).length === 0 && JSON.stringify(message) === '""')).toEqual([]);
    const untranslated = ['milk', 'eggs', 'fish', 'peanuts', 'tree-nuts', 'celery', 'mustard', 'sesame', 'sulphites', 'lupin', 'molluscs', 'crustaceans', 'wheat'].filter(
      (id) => catalogue[`allergen.${id}`] === english[`allergen.${id}`],
    );
    expect(untranslated, language).toEqual([]);
  });
});

test('the placeholder check sees a missing or renamed placeholder', () => {
  expect(placeholders('Contains {allergen}')).toEqual(['allergen']);
  expect(placeholders({ one: '{n} day', other: '{n} days' })).toEqual(['n']);
  expect(placeholders('Contiene {alergeno}')).not.toEqual(placeholders('Contains {allergen}'));
});
