/**
 * How a quantity is shown to a cook once it has been scaled or converted: rounded to
 * what a kitchen scale, jug or measuring spoon can give, in the unit that system
 * uses for that size, with a warning when it is too small to weigh or measure.
 */
import { UNITS, type Dimension, type UnitId, type UnitSystem } from '../units.ts';
import type Fraction from 'fraction.js';
import { kitchenFractionText, nearestMeasure } from './kitchen-fractions.ts';
import { numberFormat } from '../number-format.ts';
import { ENGLISH_UNIT_WORDS, unitName, type UnitWords } from '../quantity-words.ts';

/** A quantity as printed, plus what the cook should know about it. */
export interface KitchenMeasure {
  /** "1,500", "1 ½", "3". */
  readonly amount: string;
  /** "g", "cup", "lb", "portions" — empty for a bare count. */
  readonly unit: string;
  /** The full text, "1,500 g", "3 lb 5 oz", "3". */
  readonly text: string;
  /** The quantity shown, in the dimension's base unit (g, ml, each, portion). */
  readonly shownBase: number;
  /** Why the shown figure is not the exact one, or what to watch for. */
  readonly warning?: 'rounded-count' | 'too-small' | undefined;
}

const GRAMS_PER_OUNCE = UNITS.oz.toBase;
const GRAMS_PER_POUND = UNITS.lb.toBase;

/** Below this many grams (or ml), a 1 g kitchen scale is off by more than a tenth: weigh to 0.1 g. */
export const PRECISION_BELOW = 5;

/** Metric rounding: to the gram (or millilitre) under 100, to 5 above, to a tenth below 5. */
export function roundMetric(base: number): number {
  if (base < PRECISION_BELOW) return Math.max(0.1, Math.round(base * 10) / 10);
  if (base < 100) return Math.round(base);
  return Math.round(base / 5) * 5;
}

/**
 * Shows a quantity, given in its dimension's base unit, in a measuring system.
 * `preferred` is the unit the author wrote: it is kept when it belongs to the system
 * (an author's kg stays kg), otherwise the system's usual unit for that size is used.
 */
export function kitchenMeasure(base: number, dimension: Dimension, system: UnitSystem, preferred: UnitId, locale: string, words: UnitWords = ENGLISH_UNIT_WORDS): KitchenMeasure {
  switch (dimension) {
    case 'count':
      return countMeasure(base, locale, false, words);
    case 'portion':
      return countMeasure(base, locale, true, words);
    case 'mass':
      return system === 'metric' ? metricMeasure(base, preferred === 'kg' ? 'kg' : preferred === 'g' ? 'g' : base >= 1000 ? 'kg' : 'g', locale) : usMass(base, locale);
    case 'volume':
      return system === 'metric' ? metricMeasure(base, preferred === 'l' ? 'l' : preferred === 'ml' ? 'ml' : base >= 1000 ? 'l' : 'ml', locale) : usVolume(base);
  }
}

/** Counts are whole (no 2.67 eggs); portions go to the half. The rounding is flagged, never hidden. */
function countMeasure(base: number, locale: string, portions: boolean, words: UnitWords): KitchenMeasure {
  const perUnit = portions ? 2 : 1;
  const rounded = Math.max(1 / perUnit, Math.round(base * perUnit) / perUnit);
  const amount = number(rounded, locale, 1);
  const unit = portions ? unitName('portion', rounded, words) : '';
  const changed = Math.abs(rounded - base) > 1e-9;
  return { amount, unit, text: unit ? `${amount} ${unit}` : amount, shownBase: rounded, warning: changed ? 'rounded-count' : undefined };
}

function metricMeasure(base: number, unit: 'g' | 'kg' | 'ml' | 'l', locale: string): KitchenMeasure {
  const rounded = roundMetric(base);
  const toUnit = UNITS[unit].toBase;
  const amount = number(rounded / toUnit, locale, toUnit === 1 ? 1 : 3);
  const symbol = UNITS[unit].symbol;
  return { amount, unit: symbol, text: `${amount} ${symbol}`, shownBase: rounded, warning: base < PRECISION_BELOW ? 'too-small' : undefined };
}

/** Ounces to the quarter under a pound (eighths under an ounce); pounds and whole ounces above. */
function usMass(grams: number, locale: string): KitchenMeasure {
  const ounces = grams / GRAMS_PER_OUNCE;
  if (grams >= GRAMS_PER_POUND) {
    let pounds = Math.floor(ounces / 16);
    let rest = Math.round(ounces - pounds * 16);
    if (rest === 16) [pounds, rest] = [pounds + 1, 0];
    // "3 lb 5 oz", as a US scale reads: the amount is the pounds, the rest rides with the unit.
    const amount = number(pounds, locale, 0);
    const unit = rest === 0 ? 'lb' : `lb ${rest} oz`;
    return { amount, unit, text: `${amount} ${unit}`, shownBase: (pounds * 16 + rest) * GRAMS_PER_OUNCE };
  }
  return fractionMeasure(nearestMeasure(ounces, ounces < 1 ? ['1/8'] : ['1/4']), 'oz');
}

/** The US volume unit for a size, and the fractions its measuring set has. */
const US_VOLUME_STEPS: ReadonlyArray<{ unit: UnitId; below: number; steps: readonly string[] }> = [
  { unit: 'tsp', below: UNITS.tbsp.toBase, steps: ['1/8'] },
  { unit: 'tbsp', below: UNITS.cup.toBase / 4, steps: ['1/2'] },
  { unit: 'cup', below: UNITS.qt.toBase, steps: ['1/4', '1/3'] },
  { unit: 'qt', below: UNITS.gal.toBase, steps: ['1/4'] },
  { unit: 'gal', below: Infinity, steps: ['1/4'] },
];

function usVolume(ml: number): KitchenMeasure {
  for (const { unit, below, steps } of US_VOLUME_STEPS) {
    // Rounding up can reach the next unit ("4 cups"): that is shown in the next unit instead.
    const measure = nearestMeasure(ml / UNITS[unit].toBase, steps);
    if (measure.valueOf() * UNITS[unit].toBase < below - 1e-9) return fractionMeasure(measure, unit);
  }
  throw new Error('unreachable: gallons have no upper bound');
}

/** A US measure as a kitchen fraction; a zero after rounding means smaller than the smallest spoon or weight. */
function fractionMeasure(measure: Fraction, unit: UnitId): KitchenMeasure {
  const symbol = UNITS[unit].symbol;
  if (measure.valueOf() === 0) return { amount: '< ⅛', unit: symbol, text: `< ⅛ ${symbol}`, shownBase: 0, warning: 'too-small' };
  const amount = kitchenFractionText(measure);
  return { amount, unit: symbol, text: `${amount} ${symbol}`, shownBase: measure.valueOf() * UNITS[unit].toBase };
}

function number(value: number, locale: string, maximumFractionDigits: number): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}
