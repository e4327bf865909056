/**
 * What a cook can scale one recipe by, for the "Make [ 10 ] [ l batch ]" control:
 * always a multiplier and the batch in its own unit; portions when the recipe counts
 * them (with their weight, for dough balls); the flour's weight for a dough.
 */
import { translatorFor } from '../../i18n/translate.ts';
import { UNITS } from '../units.ts';
import { flourGrams } from './bakers-percentages.ts';
import type { ScalableRecipe } from './scalable-recipe.ts';

export interface ScaleTarget {
  /** The URL parameter the amount goes into. */
  readonly param: 'scale' | 'yield' | 'portions' | 'flour';
  /** What the amount counts: "× the batch", "kg batch", "portions" (in the recipe's language). */
  readonly label: string;
}

export function scaleTargets(recipe: ScalableRecipe): ScaleTarget[] {
  const t = translatorFor(recipe.locale);
  const { yield: batch } = recipe;
  const unit = UNITS[batch.unit];
  const targets: ScaleTarget[] = [
    { param: 'scale', label: t('scale.target.factor') },
    { param: 'yield', label: batch.unit === 'each' ? t('scale.target.pieces') : t('scale.target.yield', { unit: unit.symbol }) },
  ];
  if (batch.portions) targets.push({ param: 'portions', label: t('scale.target.portions') });
  if (flourGrams(recipe.lines) > 0) targets.push({ param: 'flour', label: t('scale.target.flour') });
  return targets;
}

/** Whether portions can take their own weight (dough balls): the batch and the portion are both weighed. */
export function portionsHaveWeight(recipe: ScalableRecipe): boolean {
  return UNITS[recipe.yield.unit].dimension === 'mass' && recipe.yield.portionSize !== undefined && UNITS[recipe.yield.portionSize.unit].dimension === 'mass';
}
