/**
 * What one batch of a recipe costs, line by line, from the ingredients' prices and
 * through sub-recipes (a portion of dough costs its share of the dough's batch).
 * An ingredient without a price counts as nothing and is named, so the total is
 * a known lower bound rather than a guess.
 */
import type { Ingredient } from '../../schemas/ingredient.ts';
import type { IngredientLine, Recipe } from '../../schemas/recipe.ts';
import { convert, IncompatibleUnitsError } from '../units.ts';

export interface LineCosts {
  /** Cost of each line for one batch, in line order. */
  readonly costs: number[];
  /** Names of ingredients (at any depth) with no price, or whose price cannot meet the line's unit. */
  readonly uncosted: string[];
}

/** The fields costing reads, so a caller with less than whole entries (the editor's preview) can cost a recipe. */
export interface CostLookups {
  readonly recipes: ReadonlyMap<string, Pick<Recipe, 'title' | 'yield' | 'ingredients'>>;
  readonly ingredients: ReadonlyMap<string, Pick<Ingredient, 'name' | 'cost' | 'density' | 'gramsEach' | 'scalingExponent' | 'flour'>>;
}

export function lineCostsAtOneBatch(recipe: Pick<Recipe, 'ingredients'>, lookups: CostLookups): LineCosts {
  const uncosted = new Set<string>();
  const batchCosts = new Map<string, number>();
  const visiting = new Set<string>();

  const batchCost = (slug: string): number => {
    const known = batchCosts.get(slug);
    if (known !== undefined) return known;
    const sub = lookups.recipes.get(slug);
    if (!sub || visiting.has(slug)) return 0; // broken references and cycles are reported by the checker
    visiting.add(slug);
    const total = sub.ingredients.reduce((sum, line) => sum + lineCost(line), 0);
    visiting.delete(slug);
    batchCosts.set(slug, total);
    return total;
  };

  const lineCost = (line: IngredientLine): number => {
    if (line.quantity === undefined || line.unit === undefined) return 0; // "to taste"
    if (line.recipe !== undefined) {
      const sub = lookups.recipes.get(line.recipe);
      if (!sub) return 0;
      const share = shareOfBatch(line.quantity, line.unit, sub);
      if (share === null) {
        uncosted.add(sub.title);
        return 0;
      }
      return share * batchCost(line.recipe);
    }
    const ingredient = lookups.ingredients.get(line.ingredient ?? '');
    if (!ingredient) return 0;
    if (!ingredient.cost) {
      uncosted.add(ingredient.name);
      return 0;
    }
    try {
      const pricedAmount = convert(ingredient.cost.per.quantity, ingredient.cost.per.unit, line.unit, ingredient);
      return (ingredient.cost.amount * line.quantity) / pricedAmount;
    } catch (error) {
      if (!(error instanceof IncompatibleUnitsError)) throw error;
      uncosted.add(ingredient.name);
      return 0;
    }
  };

  const costs = recipe.ingredients.map(lineCost);
  return { costs, uncosted: [...uncosted].sort((a, b) => a.localeCompare(b)) };
}

/** The share of a sub-recipe's batch that a line uses, or null when its unit cannot meet the batch's. */
export function shareOfBatch(quantity: number, unit: IngredientLine['unit'] & string, sub: Pick<Recipe, 'yield'>): number | null {
  if (unit === 'portion') return sub.yield.portions ? quantity / sub.yield.portions : null;
  try {
    return convert(quantity, unit, sub.yield.unit) / sub.yield.quantity;
  } catch (error) {
    if (error instanceof IncompatibleUnitsError) return null;
    throw error;
  }
}
