import type { Ingredient } from '../../schemas/ingredient.ts';
import { declaredAllergenChanges } from './allergen-changes.ts';
import { diffFields } from './field-diff.ts';
import type { Change } from './model.ts';

/**
 * What changed in an ingredient: its allergens and "may contain" list first (every
 * recipe using it inherits them), then density, storage, cost, purchasing and the rest.
 */
export function ingredientChanges(before: Ingredient, after: Ingredient): Change[] {
  return [
    ...declaredAllergenChanges('contains', before.allergens, after.allergens),
    ...declaredAllergenChanges('mayContain', before.mayContain, after.mayContain),
    ...diffFields(before, after, '', new Set(['allergens', 'mayContain'])),
  ];
}
