/**
 * What a cook can scale one recipe by, for the "Make [ 10 ] [ l batch ]" control:
 * always a multiplier and the batch in its own unit; portions when the recipe counts
 * them (with their weight, for dough balls); the flour's weight for a dough.
 */
import { UNITS } from '../units.ts';
import { flourGrams } from './bakers-percentages.ts';
import type { ScalableRecipe } from './scalable-recipe.ts';

export interface ScaleTarget {
  /** The URL parameter the amount goes into. */
  readonly param: 'scale' | 'yield' | 'portions' | 'flour';
  /** What the amount counts: "× the batch", "kg batch", "portions". */
  readonly label: string;
}

export function scaleTargets(recipe: ScalableRecipe): ScaleTarget[] {
  const { yield: batch } = recipe;
  const unit = UNITS[batch.unit];
  const targets: ScaleTarget[] = [
    { param: 'scale', label: '× the batch' },
    { param: 'yield', label: batch.unit === 'each' ? 'pieces' : `${unit.symbol} batch` },
  ];
  if (batch.portions) targets.push({ param: 'portions', label: 'portions' });
  if (flourGrams(recipe.lines) > 0) targets.push({ param: 'flour', label: 'g of flour' });
  return targets;
}

/** Whether portions can take their own weight (dough balls): the batch and the portion are both weighed. */
export function portionsHaveWeight(recipe: ScalableRecipe): boolean {
  return UNITS[recipe.yield.unit].dimension === 'mass' && recipe.yield.portionSize !== undefined && UNITS[recipe.yield.portionSize.unit].dimension === 'mass';
}
