/**
 * The batch a cook asked for, as it lives in the page's URL so a shared or printed
 * link opens the same batch: `?scale=2` (or `1/2`, `1.5`), `?yield=10l`,
 * `?portions=40` (with `&size=280g` for dough balls of another weight), `?flour=3kg`.
 */
import Fraction from 'fraction.js';
import { convert, isUnitId, UNITS, unitsOf, type UnitId } from '../units.ts';
import type { ScalableRecipe } from './scalable-recipe.ts';
import { flourGrams } from './bakers-percentages.ts';

export type ScaleChoice =
  | { readonly kind: 'factor'; readonly factor: Fraction }
  | { readonly kind: 'yield'; readonly quantity: number; readonly unit: UnitId | undefined }
  | { readonly kind: 'portions'; readonly portions: number; readonly size?: { readonly quantity: number; readonly unit: UnitId | undefined } | undefined }
  | { readonly kind: 'flour'; readonly quantity: number; readonly unit: UnitId | undefined };

/** The largest batch multiplier accepted: beyond it, a typo is likelier than a banquet. */
export const MAX_FACTOR = 1000;

/** A scale the cook asked for that cannot be made; the message says what to type instead. */
export class ScaleChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaleChoiceError';
  }
}

/** Reads the choice from URL parameters; null when there is none (one batch, as written). */
export function parseScaleChoice(params: URLSearchParams): ScaleChoice | null {
  const scale = params.get('scale');
  if (scale !== null) return { kind: 'factor', factor: parseFactor(scale) };
  const target = params.get('yield');
  if (target !== null) return { kind: 'yield', ...parseAmount(target, 'yield') };
  const portions = params.get('portions');
  if (portions !== null) {
    const count = Number(portions);
    if (!Number.isFinite(count) || count <= 0) throw new ScaleChoiceError(`portions=${portions} is not a number of portions: write portions=40`);
    const size = params.get('size');
    return { kind: 'portions', portions: count, size: size === null ? undefined : parseAmount(size, 'size') };
  }
  const flour = params.get('flour');
  if (flour !== null) return { kind: 'flour', ...parseAmount(flour, 'flour') };
  return null;
}

/** The URL parameters that reproduce a choice. */
export function scaleChoiceParams(choice: ScaleChoice): Array<[string, string]> {
  switch (choice.kind) {
    case 'factor':
      return [['scale', choice.factor.toFraction()]];
    case 'yield':
      return [['yield', amountParam(choice)]];
    case 'portions':
      return choice.size ? [['portions', String(choice.portions)], ['size', amountParam(choice.size)]] : [['portions', String(choice.portions)]];
    case 'flour':
      return [['flour', amountParam(choice)]];
  }
}

/** The batch multiplier a choice means for one recipe. */
export function factorOf(choice: ScaleChoice, recipe: ScalableRecipe): number {
  const factor = rawFactor(choice, recipe);
  if (!(factor > 0) || factor > MAX_FACTOR) throw new ScaleChoiceError(`that is ${factor > 0 ? 'more than' : 'less than'} this page can scale to: choose between 1/${MAX_FACTOR} and ${MAX_FACTOR} batches`);
  return factor;
}

function rawFactor(choice: ScaleChoice, recipe: ScalableRecipe): number {
  const { yield: batch } = recipe;
  switch (choice.kind) {
    case 'factor':
      return choice.factor.valueOf();
    case 'yield':
      return inUnit(choice, batch.unit, 'the batch') / batch.quantity;
    case 'portions': {
      if (choice.size) {
        // Dough balls: 25 × 280 g is a batch of 7 kg, whatever the balls weighed before.
        return (choice.portions * inUnit(choice.size, batch.unit, 'the batch')) / batch.quantity;
      }
      if (!batch.portions) throw new ScaleChoiceError('this recipe does not say how many portions a batch makes: scale it by a multiplier or a target batch instead');
      return choice.portions / batch.portions;
    }
    case 'flour': {
      const flour = flourGrams(recipe.lines);
      if (flour === 0) throw new ScaleChoiceError('this recipe has no flour to scale by: scale it by a multiplier or a target batch instead');
      return inUnit(choice, 'g', 'flour') / flour;
    }
  }
}

function inUnit(amount: { readonly quantity: number; readonly unit: UnitId | undefined }, unit: UnitId, what: string): number {
  const from = amount.unit ?? unit;
  if (UNITS[from].dimension !== UNITS[unit].dimension) {
    const choices = unitsOf(UNITS[unit].dimension).join(', ');
    throw new ScaleChoiceError(`${what} is measured in ${UNITS[unit].symbol}: give the target in ${choices}`);
  }
  return convert(amount.quantity, from, unit);
}

function parseFactor(text: string): Fraction {
  try {
    const factor = new Fraction(text.trim().replace(',', '.'));
    if (factor.valueOf() > 0) return factor;
  } catch {
    // reported below, with the fix
  }
  throw new ScaleChoiceError(`scale=${text} is not a multiplier: write scale=2, scale=0.5 or scale=1/2`);
}

/** "10l", "2.5 kg", "1,5kg", "25" (no unit: the recipe's own). */
function parseAmount(text: string, param: string): { quantity: number; unit: UnitId | undefined } {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z-]*)\s*$/i.exec(text);
  const quantity = match ? Number(match[1]?.replace(',', '.')) : NaN;
  const unit = match?.[2]?.toLowerCase() ?? '';
  if (!match || !(quantity > 0)) throw new ScaleChoiceError(`${param}=${text} is not an amount: write ${param}=10l, ${param}=2.5kg or ${param}=40`);
  if (unit === '') return { quantity, unit: undefined };
  if (!isUnitId(unit)) throw new ScaleChoiceError(`${param}=${text}: "${unit}" is not a unit here — use g, kg, ml, l, oz, lb, cup, qt or gal`);
  return { quantity, unit };
}

function amountParam(amount: { readonly quantity: number; readonly unit: UnitId | undefined }): string {
  return `${amount.quantity}${amount.unit ?? ''}`;
}
