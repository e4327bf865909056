/** How quantities read in tables, steps, batches and JSON-LD. */
import { expect, test } from 'vitest';
import { formatQuantity, quantityText, standaloneQuantityText } from '../../src/domain/quantity-format.ts';
import type { UnitId } from '../../src/domain/units.ts';

test.each<[number, UnitId, string, string, string]>([
  // quantity, unit, locale, short form, spoken form
  [250, 'g', 'en-US', '250 g', '250 grams'],
  [1, 'kg', 'en-US', '1 kg', '1 kilogram'],
  [1.5, 'l', 'en-US', '1.5 l', '1.5 litres'],
  [2.666, 'each', 'en-US', '2.67', '2.67 pieces'],
  [1234.56, 'g', 'en-US', '1,234.6 g', '1,234.6 grams'],
  [1234.56, 'g', 'de-DE', '1.234,6 g', '1.234,6 grams'],
  [1, 'portion', 'en-US', '1 portion', '1 portion'],
  [10, 'portion', 'en-US', '10 portions', '10 portions'],
])('%d %s in %s is "%s", spoken "%s"', (quantity, unit, locale, short, spoken) => {
  expect(quantityText(quantity, unit, locale)).toBe(short);
  expect(formatQuantity(quantity, unit, locale).spoken).toBe(spoken);
});

test.each<[number, UnitId, string]>([
  [1, 'each', '1 piece'],
  [6, 'each', '6 pieces'],
  [2.5, 'kg', '2.5 kg'],
  [12, 'portion', '12 portions'],
])('a batch of %d %s reads "%s"', (quantity, unit, text) => {
  expect(standaloneQuantityText(quantity, unit, 'en-US')).toBe(text);
});
