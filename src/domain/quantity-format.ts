import { numberFormat } from './number-format.ts';
import { UNITS, type UnitId } from './units.ts';

/** A quantity ready to print: the number as the locale writes it, and the unit symbol (empty for a count). */
export interface FormattedQuantity {
  readonly amount: string;
  readonly unit: string;
  /** The unit spelled out, for screen readers: "250 grams". */
  readonly spoken: string;
}

/**
 * Formats a quantity for a cook: at most two decimals, trailing zeros dropped,
 * grouped as the locale groups (1,000 g in en-US, 1 000 g in fr-FR).
 */
export function formatQuantity(quantity: number, unit: UnitId, locale: string): FormattedQuantity {
  const amount = numberFormat(locale, { maximumFractionDigits: quantity < 10 ? 2 : 1 }).format(quantity);
  const definition = UNITS[unit];
  const [singular, plural] = definition.name;
  const spoken = `${amount} ${quantity === 1 ? singular : plural}`;
  const symbol = unit === 'each' ? '' : unit === 'portion' ? (quantity === 1 ? singular : plural) : definition.symbol;
  return { amount, unit: symbol, spoken };
}

/** "250 g", "2", "1.5 l", "3 portions": the short form used in tables, JSON-LD and step text. */
export function quantityText(quantity: number, unit: UnitId, locale: string): string {
  const { amount, unit: symbol } = formatQuantity(quantity, unit, locale);
  return symbol ? `${amount} ${symbol}` : amount;
}

/**
 * "250 g", "1 piece", "6 pieces": a quantity that stands alone (a batch, a capacity),
 * where a bare count would leave the reader asking "6 what?".
 */
export function standaloneQuantityText(quantity: number, unit: UnitId, locale: string): string {
  return unit === 'each' ? formatQuantity(quantity, unit, locale).spoken : quantityText(quantity, unit, locale);
}
