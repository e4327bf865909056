/**
 * What a batch of a recipe needs bought: each ingredient line as purchased (its amount
 * ÷ its preparation yield), and each sub-recipe's needs by the share of its batch the
 * line uses, at any depth. The order list sums these by ingredient and rounds them up
 * to whole packs (order-packs.ts). A line "to taste", an unknown reference or a cycle
 * adds nothing (the checker reports those); a yield the ingredient lacks counts the
 * line as bought, as the checker refuses it anyway.
 */
import type { Recipe } from '../../schemas/recipe.ts';
import type { CostLookups } from '../scaling/batch-cost.ts';
import { shareOfBatch } from '../scaling/batch-cost.ts';
import type { OrderNeed } from './order-packs.ts';
import { asPurchased } from './pack-price.ts';

export function batchPurchases(slug: string, lookups: CostLookups): OrderNeed[] {
  return needsOf(slug, lookups, new Set());
}

function needsOf(slug: string, lookups: CostLookups, visiting: Set<string>): OrderNeed[] {
  const recipe: Pick<Recipe, 'ingredients'> | undefined = lookups.recipes.get(slug);
  if (!recipe || visiting.has(slug)) return [];
  visiting.add(slug);
  const needs = recipe.ingredients.flatMap((line): OrderNeed[] => {
    if (line.quantity === undefined || line.unit === undefined) return [];
    if (line.recipe !== undefined) {
      const sub = lookups.recipes.get(line.recipe);
      const share = sub ? shareOfBatch(line.quantity, line.unit, sub) : null;
      if (share === null) return [];
      return needsOf(line.recipe, lookups, visiting).map((need) => ({ ingredient: need.ingredient, amount: { quantity: need.amount.quantity * share, unit: need.amount.unit } }));
    }
    const ingredient = lookups.ingredients.get(line.ingredient ?? '');
    if (!ingredient) return [];
    const amount = { quantity: line.quantity, unit: line.unit };
    return [{ ingredient: line.ingredient!, amount: asPurchased(ingredient, amount, line.prepYield) ?? amount }];
  });
  visiting.delete(slug);
  return needs;
}
