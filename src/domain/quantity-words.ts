/**
 * Quantities as text, with the unit words given (`Words`): the core that quantity-format.ts
 * (by language tag, at build time) and the scaler (in the browser, with the words its page
 * carries) share. Only a count ("6 pieces") and portions ("3 portions") need words; every
 * other unit prints its symbol.
 */
import { unitEn, type UnitKey } from '../i18n/messages/kitchen/english/units.ts';
import { wordsFrom, type Words } from '../i18n/words.ts';
import { numberFormat } from './number-format.ts';
import { UNITS, type UnitId } from './units.ts';

export type UnitWords = Words<UnitKey>;

/** The unit words in English, for callers that give none. */
export const ENGLISH_UNIT_WORDS: UnitWords = /* @__PURE__ */ wordsFrom('en', unitEn);

/** A quantity ready to print: the number as the locale writes it, and the unit symbol (empty for a count). */
export interface FormattedQuantity {
  readonly amount: string;
  readonly unit: string;
  /** The unit spelled out, for screen readers: "250 grams". */
  readonly spoken: string;
}

/** "gram", "grams", "porción": the unit's name for `quantity` of it. */
export function unitName(unit: UnitId, quantity: number, words: UnitWords): string {
  return words(`unit.${unit}`, { count: quantity });
}

/** At most two decimals, trailing zeros dropped, grouped as the locale groups (1,000 g in en-US, 1 000 g in fr-FR). */
function amountText(quantity: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: quantity < 10 ? 2 : 1 }).format(quantity);
}

/** The symbol printed after the amount: none for a count, the word for portions. */
function symbolText(quantity: number, unit: UnitId, words: UnitWords): string {
  return unit === 'each' ? '' : unit === 'portion' ? unitName(unit, quantity, words) : UNITS[unit].symbol;
}

export function formatQuantityWith(words: UnitWords, quantity: number, unit: UnitId, locale: string): FormattedQuantity {
  const amount = amountText(quantity, locale);
  return { amount, unit: symbolText(quantity, unit, words), spoken: `${amount} ${unitName(unit, quantity, words)}` };
}

/** "250 g", "2", "1.5 l", "3 portions": the short form used in tables, JSON-LD and step text. */
export function quantityTextWith(words: UnitWords, quantity: number, unit: UnitId, locale: string): string {
  const amount = amountText(quantity, locale);
  const symbol = symbolText(quantity, unit, words);
  return symbol ? `${amount} ${symbol}` : amount;
}

/**
 * "250 g", "1 piece", "6 pieces": a quantity that stands alone (a batch, a capacity),
 * where a bare count would leave the reader asking "6 what?".
 */
export function standaloneQuantityTextWith(words: UnitWords, quantity: number, unit: UnitId, locale: string): string {
  return unit === 'each' ? `${amountText(quantity, locale)} ${unitName(unit, quantity, words)}` : quantityTextWith(words, quantity, unit, locale);
}
