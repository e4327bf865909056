/**
 * What one batch of a recipe costs, line by line, from the ingredients' pack prices and
 * yields (src/domain/costing/pack-price.ts) and through sub-recipes (a portion of dough
 * costs its share of the dough's batch). What cannot be costed (no price, another
 * currency, a unit no price reaches, an unknown preparation yield) is named, so a total
 * is either complete or says what it lacks; the page shows the known part as a lower
 * bound with the names, the menu shows such a plate as incomplete.
 */
import type { Ingredient } from '../../schemas/ingredient.ts';
import type { IngredientLine, Recipe } from '../../schemas/recipe.ts';
import { missing, NO_COST, scaleCost, sumCosts, type Cost } from '../costing/cost-result.ts';
import { edibleCost } from '../costing/pack-price.ts';
import { convert, IncompatibleUnitsError } from '../units.ts';

export interface LineCosts {
  /** Cost of each line for one batch, in line order (the known part of an incomplete line). */
  readonly costs: number[];
  /** Names of ingredients and sub-recipes (at any depth) that could not be costed. */
  readonly uncosted: string[];
}

/** The fields costing reads, so a caller with less than whole entries (the editor's preview) can cost a recipe. */
export interface CostLookups {
  readonly recipes: ReadonlyMap<string, Pick<Recipe, 'title' | 'yield' | 'ingredients'>>;
  readonly ingredients: ReadonlyMap<string, Pick<Ingredient, 'name' | 'cost' | 'density' | 'gramsEach' | 'scalingExponent' | 'flour' | 'yields' | 'nutrition'>>;
}

/** Costs lines and batches against one set of prices, remembering each sub-recipe's batch. */
class Costing {
  readonly #lookups: CostLookups;
  readonly #currency: string | undefined;
  readonly #batches = new Map<string, Cost>();
  readonly #visiting = new Set<string>();
  /** Names of what could not be costed, for the page's note. */
  readonly uncosted = new Set<string>();

  constructor(lookups: CostLookups, currency: string | undefined) {
    this.#lookups = lookups;
    this.#currency = currency;
  }

  batch(slug: string): Cost {
    const known = this.#batches.get(slug);
    if (known) return known;
    const recipe = this.#lookups.recipes.get(slug);
    if (!recipe || this.#visiting.has(slug)) return NO_COST; // broken references and cycles are reported by the checker
    this.#visiting.add(slug);
    const total = sumCosts(recipe.ingredients.map((line) => this.line(line)));
    this.#visiting.delete(slug);
    this.#batches.set(slug, total);
    return total;
  }

  line(line: IngredientLine): Cost {
    if (line.quantity === undefined || line.unit === undefined) return NO_COST; // "to taste"
    if (line.recipe !== undefined) {
      const sub = this.#lookups.recipes.get(line.recipe);
      if (!sub) return NO_COST;
      const share = shareOfBatch(line.quantity, line.unit, sub);
      if (share === null) {
        this.uncosted.add(sub.title);
        return missing({ kind: 'recipe-unit', name: sub.title, used: line.unit });
      }
      const cost = scaleCost(this.batch(line.recipe), share);
      if (cost.missing.length > 0) this.uncosted.add(sub.title);
      return cost;
    }
    const ingredient = this.#lookups.ingredients.get(line.ingredient ?? '');
    if (!ingredient) return NO_COST;
    // Without a currency to hold prices to (the kitchen diff's sums), a price is taken as written.
    const cost = edibleCost(ingredient, { quantity: line.quantity, unit: line.unit }, line.prepYield, this.#currency ?? ingredient.cost?.currency ?? '');
    if (cost.missing.length > 0) this.uncosted.add(ingredient.name);
    return cost;
  }
}

export function lineCostsAtOneBatch(recipe: Pick<Recipe, 'ingredients'>, lookups: CostLookups, currency?: string): LineCosts {
  const costing = new Costing(lookups, currency);
  const costs = recipe.ingredients.map((line) => costing.line(line).amount);
  // Only the names this recipe's own lines lack, directly or through its sub-recipes.
  return { costs, uncosted: [...costing.uncosted].sort((a, b) => a.localeCompare(b)) };
}

/** One batch of a recipe, complete or naming what it lacks. */
export function batchCost(slug: string, lookups: CostLookups, currency: string): Cost {
  return new Costing(lookups, currency).batch(slug);
}

/** What an amount of a recipe (a plate's portion of it) costs: its share of one batch. */
export function recipeAmountCost(slug: string, quantity: number, unit: IngredientLine['unit'] & string, lookups: CostLookups, currency: string): Cost {
  const recipe = lookups.recipes.get(slug);
  if (!recipe) return NO_COST;
  const share = shareOfBatch(quantity, unit, recipe);
  return share === null ? missing({ kind: 'recipe-unit', name: recipe.title, used: unit }) : scaleCost(batchCost(slug, lookups, currency), share);
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
