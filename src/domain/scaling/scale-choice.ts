/**
 * The batch a cook asked for, as it lives in the page's URL so a shared or printed
 * link opens the same batch: `?scale=2` (or `1/2`, `1.5`), `?yield=10l`,
 * `?portions=40` (with `&size=280g` for dough balls of another weight), `?flour=3kg`.
 */
import Fraction from 'fraction.js';
import { convert, isUnitId, UNITS, unitsOf, type UnitId } from '../units.ts';
import type { ScalableRecipe } from './scalable-recipe.ts';
import { flourGrams } from './bakers-percentages.ts';
import { ENGLISH, scaleWords, type ScaleWords, type ScaleWordsSource } from './scale-words.ts';

export type ScaleChoice =
  | { readonly kind: 'factor'; readonly factor: Fraction }
  | { readonly kind: 'yield'; readonly quantity: number; readonly unit: UnitId | undefined }
  | { readonly kind: 'portions'; readonly portions: number; readonly size?: { readonly quantity: number; readonly unit: UnitId | undefined } | undefined }
  | { readonly kind: 'flour'; readonly quantity: number; readonly unit: UnitId | undefined };

/** The largest batch multiplier accepted: beyond it, a typo is likelier than a banquet. */
export const MAX_FACTOR = 1000;

/** A scale the cook asked for that cannot be made; the message (in the recipe's language) says what to type instead. */
export class ScaleChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScaleChoiceError';
  }
}

/**
 * Reads the choice from URL parameters; null when there is none (one batch, as written).
 * `recipe` gives the language of the error messages (English when left out).
 */
export function parseScaleChoice(params: URLSearchParams, recipe: ScaleWordsSource = ENGLISH): ScaleChoice | null {
  const t = scaleWords(recipe);
  const scale = params.get('scale');
  if (scale !== null) return { kind: 'factor', factor: parseFactor(scale, t) };
  const target = params.get('yield');
  if (target !== null) return { kind: 'yield', ...parseAmount(target, 'yield', t) };
  const portions = params.get('portions');
  if (portions !== null) {
    const count = Number(portions);
    if (!Number.isFinite(count) || count <= 0) throw new ScaleChoiceError(t('scale.error.portions', { param: 'portions', value: portions }));
    const size = params.get('size');
    return { kind: 'portions', portions: count, size: size === null ? undefined : parseAmount(size, 'size', t) };
  }
  const flour = params.get('flour');
  if (flour !== null) return { kind: 'flour', ...parseAmount(flour, 'flour', t) };
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
  const t = scaleWords(recipe);
  const factor = rawFactor(choice, recipe, t);
  if (!(factor > 0) || factor > MAX_FACTOR) throw new ScaleChoiceError(t(factor > 0 ? 'scale.error.tooBig' : 'scale.error.tooSmall', { max: String(MAX_FACTOR) }));
  return factor;
}

function rawFactor(choice: ScaleChoice, recipe: ScalableRecipe, t: ScaleWords): number {
  const { yield: batch } = recipe;
  switch (choice.kind) {
    case 'factor':
      return choice.factor.valueOf();
    case 'yield':
      return inUnit(choice, batch.unit, 'scale.error.batchUnit', t) / batch.quantity;
    case 'portions': {
      if (choice.size) {
        // Dough balls: 25 × 280 g is a batch of 7 kg, whatever the balls weighed before.
        return (choice.portions * inUnit(choice.size, batch.unit, 'scale.error.batchUnit', t)) / batch.quantity;
      }
      if (!batch.portions) throw new ScaleChoiceError(t('scale.error.noPortions'));
      return choice.portions / batch.portions;
    }
    case 'flour': {
      const flour = flourGrams(recipe.lines);
      if (flour === 0) throw new ScaleChoiceError(t('scale.error.noFlour'));
      return inUnit(choice, 'g', 'scale.error.flourUnit', t) / flour;
    }
  }
}

function inUnit(
  amount: { readonly quantity: number; readonly unit: UnitId | undefined },
  unit: UnitId,
  what: 'scale.error.batchUnit' | 'scale.error.flourUnit',
  t: ScaleWords,
): number {
  const from = amount.unit ?? unit;
  if (UNITS[from].dimension !== UNITS[unit].dimension) {
    const choices = unitsOf(UNITS[unit].dimension).join(', ');
    throw new ScaleChoiceError(t(what, { unit: UNITS[unit].symbol, choices }));
  }
  return convert(amount.quantity, from, unit);
}

function parseFactor(text: string, t: ScaleWords): Fraction {
  try {
    const factor = new Fraction(text.trim().replace(',', '.'));
    if (factor.valueOf() > 0) return factor;
  } catch {
    // reported below, with the fix
  }
  throw new ScaleChoiceError(t('scale.error.factor', { param: 'scale', value: text }));
}

/** "10l", "2.5 kg", "1,5kg", "25" (no unit: the recipe's own). */
function parseAmount(text: string, param: string, t: ScaleWords): { quantity: number; unit: UnitId | undefined } {
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z-]*)\s*$/i.exec(text);
  const quantity = match ? Number(match[1]?.replace(',', '.')) : NaN;
  const unit = match?.[2]?.toLowerCase() ?? '';
  if (!match || !(quantity > 0)) throw new ScaleChoiceError(t('scale.error.amount', { param, value: text }));
  if (unit === '') return { quantity, unit: undefined };
  if (!isUnitId(unit)) throw new ScaleChoiceError(t('scale.error.unit', { param, value: text, unit }));
  return { quantity, unit };
}

function amountParam(amount: { readonly quantity: number; readonly unit: UnitId | undefined }): string {
  return `${amount.quantity}${amount.unit ?? ''}`;
}
