/**
 * A recipe at the batch and in the measuring system a cook chose: every line's
 * quantity rounded to what can be weighed or measured, with what the cook should
 * know (a count rounded, a reduced factor, too small to weigh), the batch split
 * into equal mixes when it overfills the equipment, and what it costs.
 */
import { quantityTextWith, standaloneQuantityTextWith, unitName } from '../quantity-words.ts';
import { UNITS, type UnitId, type UnitSystem } from '../units.ts';
import { kitchenMeasure, type KitchenMeasure } from './kitchen-measure.ts';
import type { ScalableLine, ScalableRecipe } from './scalable-recipe.ts';
import { scaleWords, type ScaleWords } from './scale-words.ts';
import { numberFormat } from '../number-format.ts';

export interface ScaledLine {
  /** "1,500 g", "1 ½ cup"; undefined for "to taste". */
  readonly text: string | undefined;
  readonly warning?: KitchenMeasure['warning'];
  /** The factor applied when the ingredient scales less than linearly ("×1.8 instead of ×2"). */
  readonly reducedFactor?: number | undefined;
  /** The weight of a volume, through the ingredient's density: "≈ 92 g". */
  readonly equivalent?: string | undefined;
  /** The query that opens a sub-recipe at the amount this line needs: "portions=2", "yield=800g". */
  readonly subRecipeQuery?: string | undefined;
  /** The quantity for one mix, when the batch is split. */
  readonly perMix?: string | undefined;
}

export interface ScaledRecipe {
  readonly factor: number;
  readonly system: UnitSystem;
  readonly lines: readonly ScaledLine[];
  /** "5 kg", "2 pieces" (in the recipe's language). */
  readonly batch: string;
  /** "25", or undefined when the recipe does not count portions. */
  readonly portions?: string | undefined;
  /** "250 g": the size of one portion. */
  readonly portionSize?: string | undefined;
  /** The batch split into equal mixes because it overfills a piece of equipment. */
  readonly mixes?: { readonly count: number; readonly noun: 'mixes' | 'loads'; readonly equipment: string; readonly capacity: string; readonly each: string } | undefined;
  /** The batch's cost, and a portion's, in the site's currency. */
  readonly cost?: { readonly batch: string; readonly portion?: string | undefined; readonly uncosted: readonly string[] } | undefined;
}

export interface ScaleOptions {
  /** A new portion size, when the cook chose the number and weight of portions (dough balls). */
  readonly portionSize?: { readonly quantity: number; readonly unit: UnitId } | undefined;
}

/** The system a unit is written in; shared units (each, portion) belong to both. */
function writtenIn(unit: UnitId, system: UnitSystem): boolean {
  const own = UNITS[unit].system;
  return own === null || own === system;
}

/** The factor one line scales by: linear, or factor^exponent where the ingredient says so. */
export function lineFactor(line: ScalableLine, factor: number): number {
  return line.exponent === undefined || factor === 1 ? factor : factor ** line.exponent;
}

export function scaleRecipe(recipe: ScalableRecipe, factor: number, system: UnitSystem, options: ScaleOptions = {}): ScaledRecipe {
  const { locale } = recipe;
  const words = scaleWords(recipe);
  const show = (quantity: number, unit: UnitId, lineScale: number): KitchenMeasure | string => {
    // As written, to the digit: the author's numbers are never re-rounded at one batch.
    if (lineScale === 1 && writtenIn(unit, system)) return quantityTextWith(words, quantity, unit, locale);
    return kitchenMeasure(quantity * UNITS[unit].toBase * lineScale, UNITS[unit].dimension, system, unit, locale, words);
  };

  const batchBase = recipe.yield.quantity * UNITS[recipe.yield.unit].toBase * factor;
  const mixes = mixesFor(recipe, batchBase);

  const lines = recipe.lines.map((line): ScaledLine => {
    if (line.quantity === undefined || line.unit === undefined) return { text: undefined };
    const scale = lineFactor(line, factor);
    const shown = show(line.quantity, line.unit, scale);
    const measure = typeof shown === 'string' ? undefined : shown;
    const text = typeof shown === 'string' ? shown : shown.text;
    const shownInUnit = measure ? measure.shownBase / UNITS[line.unit].toBase : line.quantity;
    return {
      text,
      warning: measure?.warning,
      reducedFactor: scale !== factor ? scale : undefined,
      equivalent: UNITS[line.unit].dimension === 'volume' && line.density ? weightOf(line.quantity * UNITS[line.unit].toBase * scale * line.density, system, locale) : undefined,
      subRecipeQuery: line.recipe === undefined ? undefined : line.unit === 'portion' ? `portions=${trim(shownInUnit)}` : `yield=${trim(shownInUnit)}${line.unit}`,
      perMix: mixes ? kitchenMeasure((line.quantity * UNITS[line.unit].toBase * scale) / mixes.count, UNITS[line.unit].dimension, system, line.unit, locale, words).text : undefined,
    };
  });

  const portionSize = options.portionSize ?? recipe.yield.portionSize;
  const portionCount = options.portionSize ? batchBase / (options.portionSize.quantity * UNITS[options.portionSize.unit].toBase) : recipe.yield.portions !== undefined ? recipe.yield.portions * factor : undefined;
  return {
    factor,
    system,
    lines,
    batch: batchText(recipe, factor, system, words),
    portions: portionCount === undefined ? undefined : numberFormat(locale, { maximumFractionDigits: 1 }).format(portionCount),
    portionSize: portionSize ? textOf(show(portionSize.quantity, portionSize.unit, 1)) : undefined,
    mixes: mixes && {
      count: mixes.count,
      noun: UNITS[recipe.yield.unit].dimension === 'count' ? 'loads' : 'mixes',
      equipment: mixes.equipment,
      capacity: textOf(show(mixes.capacity.quantity, mixes.capacity.unit, 1)),
      each: kitchenMeasure(batchBase / mixes.count, UNITS[recipe.yield.unit].dimension, system, recipe.yield.unit, locale, words).text,
    },
    cost: costOf(recipe, factor, portionCount),
  };
}

function batchText(recipe: ScalableRecipe, factor: number, system: UnitSystem, words: ScaleWords): string {
  const { quantity, unit } = recipe.yield;
  if (factor === 1 && writtenIn(unit, system)) return standaloneQuantityTextWith(words, quantity, unit, recipe.locale);
  const measure = kitchenMeasure(quantity * UNITS[unit].toBase * factor, UNITS[unit].dimension, system, unit, recipe.locale, words);
  if (unit !== 'each') return measure.text;
  return `${measure.amount} ${unitName('each', measure.shownBase, words)}`;
}

/** The equipment the batch overfills most, and into how many equal mixes it splits. */
function mixesFor(recipe: ScalableRecipe, batchBase: number): { count: number; equipment: string; capacity: { quantity: number; unit: UnitId } } | undefined {
  let worst: { count: number; equipment: string; capacity: { quantity: number; unit: UnitId } } | undefined;
  for (const capacity of recipe.capacities) {
    if (UNITS[capacity.unit].dimension !== UNITS[recipe.yield.unit].dimension) continue;
    const count = Math.ceil(batchBase / (capacity.quantity * UNITS[capacity.unit].toBase) - 1e-9);
    if (count > 1 && (!worst || count > worst.count)) worst = { count, equipment: capacity.name, capacity };
  }
  return worst;
}

function costOf(recipe: ScalableRecipe, factor: number, portions: number | undefined): ScaledRecipe['cost'] {
  const costed = recipe.lines.some((line) => line.cost !== undefined);
  if (!costed) return undefined;
  const total = recipe.lines.reduce((sum, line) => sum + (line.cost ?? 0) * lineFactor(line, factor), 0);
  const money = numberFormat(recipe.locale, { style: 'currency', currency: recipe.currency });
  return { batch: money.format(total), portion: portions ? money.format(total / portions) : undefined, uncosted: recipe.uncosted };
}

/** "≈ 92 g", "≈ 5.5 kg", "≈ 3 ¼ oz": the weight of a measured volume. */
function weightOf(grams: number, system: UnitSystem, locale: string): string {
  return `≈ ${kitchenMeasure(grams, 'mass', system, system === 'us' ? 'oz' : grams >= 1000 ? 'kg' : 'g', locale).text}`;
}

function textOf(shown: KitchenMeasure | string): string {
  return typeof shown === 'string' ? shown : shown.text;
}

/** A number for a URL: no grouping, at most three decimals. */
function trim(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}
