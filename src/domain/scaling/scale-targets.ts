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
  /** What the amount counts: "× the batch", "kg of dough", "portions". */
  readonly label: string;
  /** The amount for one batch as written, to prefill the field. */
  readonly oneBatch: number;
}

export function scaleTargets(recipe: ScalableRecipe): ScaleTarget[] {
  const { yield: batch } = recipe;
  const unit = UNITS[batch.unit];
  const targets: ScaleTarget[] = [
    { param: 'scale', label: '× the batch', oneBatch: 1 },
    { param: 'yield', label: batch.unit === 'each' ? 'pieces' : `${unit.symbol} batch`, oneBatch: batch.quantity },
  ];
  if (batch.portions) targets.push({ param: 'portions', label: 'portions', oneBatch: batch.portions });
  const flour = flourGrams(recipe.lines);
  if (flour > 0) targets.push({ param: 'flour', label: 'g of flour', oneBatch: flour });
  return targets;
}

/** Whether portions can take their own weight (dough balls): the batch and the portion are both weighed. */
export function portionsHaveWeight(recipe: ScalableRecipe): boolean {
  return UNITS[recipe.yield.unit].dimension === 'mass' && recipe.yield.portionSize !== undefined && UNITS[recipe.yield.portionSize.unit].dimension === 'mass';
}
