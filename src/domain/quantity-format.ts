/**
 * Quantities as text in a language given by its tag: "250 g", "6 pieces", "3 porciones".
 * The words come from the catalogues; code that runs in the browser uses quantity-words.ts
 * with the words its page carries instead.
 */
import { translatorFor } from '../i18n/translate.ts';
import { formatQuantityWith, quantityTextWith, standaloneQuantityTextWith, type FormattedQuantity } from './quantity-words.ts';
import type { UnitId } from './units.ts';

export type { FormattedQuantity } from './quantity-words.ts';

/**
 * Formats a quantity for a cook: at most two decimals, trailing zeros dropped,
 * grouped as the locale groups (1,000 g in en-US, 1 000 g in fr-FR).
 */
export function formatQuantity(quantity: number, unit: UnitId, locale: string): FormattedQuantity {
  return formatQuantityWith(translatorFor(locale), quantity, unit, locale);
}

/** "250 g", "2", "1.5 l", "3 portions": the short form used in tables, JSON-LD and step text. */
export function quantityText(quantity: number, unit: UnitId, locale: string): string {
  return quantityTextWith(translatorFor(locale), quantity, unit, locale);
}

/**
 * "250 g", "1 piece", "6 pieces": a quantity that stands alone (a batch, a capacity),
 * where a bare count would leave the reader asking "6 what?".
 */
export function standaloneQuantityText(quantity: number, unit: UnitId, locale: string): string {
  return standaloneQuantityTextWith(translatorFor(locale), quantity, unit, locale);
}
