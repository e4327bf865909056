/**
 * Ingredient lines as recipe pages write them, split into the parts a binder line
 * holds, in the languages recipes are imported from; and the unit words onto the
 * binder's units, never guessing a unit that has no exact equivalent.
 */
import { describe, expect, test } from 'vitest';
import { binderUnit } from '../../src/domain/import/binder-unit.ts';
import { readIngredientLine } from '../../src/domain/import/read-ingredient-line.ts';

describe('readIngredientLine', () => {
  test.each([
    // Mixed numbers and preparation after a comma.
    ['1 1/2 cups all-purpose flour, sifted', 'en', { quantity: 1.5, unit: 'cups', name: 'all-purpose flour', preparation: 'sifted' }],
    // A decimal comma read as one in Italian; the linking "di" is not part of the name.
    ['0,5 l di latte intero', 'it', { quantity: 0.5, unit: 'l', name: 'latte intero' }],
    // A decimal point still reads as one on an Italian page.
    ['0.5 l di latte', 'it', { quantity: 0.5, unit: 'l', name: 'latte' }],
    // A thousands comma in English is not a decimal.
    ['1,000 g flour', 'en', { quantity: 1000, unit: 'g', name: 'flour' }],
    // Unicode fractions.
    ['1½ cipolla, tritata', 'it', { quantity: 1.5, name: 'cipolla', preparation: 'tritata' }],
    ['½ tsp. fine sea salt', 'en', { quantity: 0.5, unit: 'tsp.', name: 'fine sea salt' }],
    // A range keeps both ends; Italian spoons are units.
    ['2-3 cucchiai di olio extravergine', 'it', { quantity: 2, quantityMax: 3, unit: 'cucchiai', name: 'olio extravergine' }],
    // "To taste" in several languages: no quantity.
    ['sale q.b.', 'it', { name: 'sale' }],
    ['Salt and pepper, to taste', 'en', { name: 'Salt and pepper' }],
    ['Sal al gusto', 'es', { name: 'Sal' }],
    // "About" says nothing about the amount; "(optional)" makes the line optional.
    ['About 2 tbsp olive oil (optional)', 'en', { quantity: 2, unit: 'tbsp', name: 'olive oil', optional: true }],
    // Another aside in parentheses is kept as a note.
    ['1 (14 oz) can tomatoes, drained', 'en', { quantity: 1, name: 'can tomatoes', preparation: 'drained', note: '14 oz' }],
    ['2 eggs, at room temperature', 'en', { quantity: 2, name: 'eggs', preparation: 'at room temperature' }],
    // Compound adjectives set off by commas belong to the noun after them.
    ['6 bone-in, skin-on chicken thighs (about 1.2 kg)', 'en', { quantity: 6, name: 'bone-in skin-on chicken thighs', note: 'about 1.2 kg' }],
    ['3 EL Olivenöl', 'de', { quantity: 3, unit: 'EL', name: 'Olivenöl' }],
    ["1 kg d’oignons, émincés", 'fr', { quantity: 1, unit: 'kg', name: 'oignons', preparation: 'émincés' }],
    ['200 ml de leche entera', 'es', { quantity: 200, unit: 'ml', name: 'leche entera' }],
  ])('%s (%s)', (raw, language, expected) => {
    const line = readIngredientLine(raw, { language });
    const { raw: kept, ...parts } = line;
    expect(kept).toBe(raw);
    expect(parts).toEqual(expected);
  });

  test('a group heading is carried on the line', () => {
    expect(readIngredientLine('500 g flour', { group: 'For the dough' }).group).toBe('For the dough');
  });
});

describe('binderUnit', () => {
  test.each([
    ['g', 'en', { unit: 'g', factor: 1 }],
    ['cups', 'en', { unit: 'cup', factor: 1 }],
    ['tsp.', 'en', { unit: 'tsp', factor: 1 }],
    // One-letter spoons keep their case: T is a tablespoon, t a teaspoon.
    ['T', 'en', { unit: 'tbsp', factor: 1 }],
    ['t', 'en', { unit: 'tsp', factor: 1 }],
    ['litres', 'en', { unit: 'l', factor: 1 }],
    ['cucchiai', 'it', { unit: 'tbsp', factor: 1 }],
    ['EL', 'de', { unit: 'tbsp', factor: 1 }],
    ['cucharaditas', 'es', { unit: 'tsp', factor: 1 }],
    // Units the binder lacks convert exactly.
    ['dl', 'de', { unit: 'ml', factor: 100 }],
    ['pints', 'en', { unit: 'cup', factor: 2 }],
    ['dozen', 'en', { unit: 'each', factor: 12 }],
    ['fl oz', 'en', { unit: 'fl-oz', factor: 1 }],
  ])('%s (%s)', (word, language, expected) => {
    expect(binderUnit(word, language)).toEqual(expected);
  });

  test.each(['cloves', 'pinch', 'can', 'bunch', 'sprig', 'spicchi', 'handful'])('%s has no exact equivalent, so it is not guessed', (word) => {
    expect(binderUnit(word, 'it')).toBeUndefined();
  });
});
