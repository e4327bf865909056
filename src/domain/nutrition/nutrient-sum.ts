/**
 * What a batch, a portion or a plate holds, added up from each ingredient's figures per
 * 100 g (src/schemas/nutrition.ts) through sub-recipes, as costs are. A line's amount is
 * what is eaten (the edible portion), which is what the databases describe, so yields do
 * not enter. Like Tandoor's property sums, a figure that is missing is named, per
 * nutrient, and never counted as 0: an ingredient without figures, a nutrient its source
 * lacks, or an amount that cannot be weighed (a volume without a density). Lines "to
 * taste" are listed apart, as they cannot be counted.
 */
import type { Ingredient } from '../../schemas/ingredient.ts';
import type { MenuItem } from '../../schemas/menu-item.ts';
import { NUTRIENTS, type NutrientId } from '../../schemas/nutrition.ts';
import type { IngredientLine, Recipe } from '../../schemas/recipe.ts';
import { shareOfBatch } from '../scaling/batch-cost.ts';
import { convert, IncompatibleUnitsError, type UnitId } from '../units.ts';
import { roundCalories } from './label-rounding.ts';

export interface NutrientLookups {
  readonly recipes: ReadonlyMap<string, Pick<Recipe, 'title' | 'yield' | 'ingredients'>>;
  readonly ingredients: ReadonlyMap<string, Pick<Ingredient, 'name' | 'nutrition' | 'density' | 'gramsEach'>>;
}

export interface NutrientSum {
  /** The counted amount of each nutrient: complete when `missing` names nothing for it, else a lower bound. */
  readonly amounts: Readonly<Record<NutrientId, number>>;
  /** Per nutrient, the ingredients whose figure for it is missing. */
  readonly missing: Readonly<Record<NutrientId, readonly string[]>>;
  /** Ingredients measured "to taste", not counted. */
  readonly unmeasured: readonly string[];
}

export const NO_NUTRIENTS: NutrientSum = {
  amounts: byNutrient(() => 0),
  missing: byNutrient(() => []),
  unmeasured: [],
};

/** One batch of the recipe `slug`. */
export function batchNutrients(slug: string, lookups: NutrientLookups): NutrientSum {
  return new Tally(lookups).batch(slug);
}

/** One portion of a recipe as written (a draft in the editor has no slug yet), or undefined when its yield gives no portions. */
export function linesPortionNutrients(recipe: Pick<Recipe, 'yield' | 'ingredients'>, lookups: NutrientLookups): NutrientSum | undefined {
  const tally = new Tally(lookups);
  const { portions } = recipe.yield;
  return portions ? scaleSum(addSums(recipe.ingredients.map((line) => tally.amount(line))), 1 / portions) : undefined;
}

/** One portion of the recipe `slug`, or undefined when its yield gives no portions. */
export function portionNutrients(slug: string, lookups: NutrientLookups): NutrientSum | undefined {
  const portions = lookups.recipes.get(slug)?.yield.portions;
  return portions ? scaleSum(batchNutrients(slug, lookups), 1 / portions) : undefined;
}

/** One plate of a menu item: each component's share of its recipe, or an ingredient as served. */
export function plateNutrients(item: Pick<MenuItem, 'plate'>, lookups: NutrientLookups): NutrientSum {
  const tally = new Tally(lookups);
  return addSums(item.plate.map((component) => tally.amount(component)));
}

/** A plate's calories as a menu prints them (FDA rounding), or undefined when a figure is missing. */
export function plateCalories(item: Pick<MenuItem, 'plate'>, lookups: NutrientLookups): number | undefined {
  const sum = plateNutrients(item, lookups);
  return isComplete(sum, 'energy') ? roundCalories(sum.amounts.energy) : undefined;
}

/** Whether every nutrient in the sum is counted in full. */
export function isComplete(sum: NutrientSum, nutrient: NutrientId): boolean {
  return sum.missing[nutrient].length === 0;
}

class Tally {
  readonly #lookups: NutrientLookups;
  readonly #batches = new Map<string, NutrientSum>();
  readonly #visiting = new Set<string>();

  constructor(lookups: NutrientLookups) {
    this.#lookups = lookups;
  }

  batch(slug: string): NutrientSum {
    const known = this.#batches.get(slug);
    if (known) return known;
    const recipe = this.#lookups.recipes.get(slug);
    if (!recipe || this.#visiting.has(slug)) return NO_NUTRIENTS; // broken references and cycles are the checker's
    this.#visiting.add(slug);
    const sum = addSums(recipe.ingredients.map((line) => this.amount(line)));
    this.#visiting.delete(slug);
    this.#batches.set(slug, sum);
    return sum;
  }

  amount(line: Pick<IngredientLine, 'recipe' | 'ingredient' | 'quantity' | 'unit'>): NutrientSum {
    if (line.recipe !== undefined) {
      const sub = this.#lookups.recipes.get(line.recipe);
      if (!sub) return NO_NUTRIENTS;
      if (line.quantity === undefined || line.unit === undefined) return { ...NO_NUTRIENTS, unmeasured: [sub.title] };
      const share = shareOfBatch(line.quantity, line.unit, sub);
      return share === null ? lacking(sub.title) : scaleSum(this.batch(line.recipe), share);
    }
    const ingredient = this.#lookups.ingredients.get(line.ingredient ?? '');
    if (!ingredient) return NO_NUTRIENTS;
    if (line.quantity === undefined || line.unit === undefined) return { ...NO_NUTRIENTS, unmeasured: [ingredient.name] };
    const grams = gramsOf(line.quantity, line.unit, ingredient);
    const per100g = ingredient.nutrition?.per100g;
    if (grams === null || !per100g) return lacking(ingredient.name);
    return {
      amounts: byNutrient((id) => ((per100g[id] ?? 0) * grams) / 100),
      missing: byNutrient((id) => (per100g[id] === undefined ? [ingredient.name] : [])),
      unmeasured: [],
    };
  }
}

function gramsOf(quantity: number, unit: UnitId | 'portion', facts: Pick<Ingredient, 'density' | 'gramsEach'>): number | null {
  if (unit === 'portion') return null;
  try {
    return convert(quantity, unit, 'g', facts);
  } catch (error) {
    if (error instanceof IncompatibleUnitsError) return null;
    throw error;
  }
}

function lacking(name: string): NutrientSum {
  return { ...NO_NUTRIENTS, missing: byNutrient(() => [name]) };
}

function addSums(sums: readonly NutrientSum[]): NutrientSum {
  return {
    amounts: byNutrient((id) => sums.reduce((total, sum) => total + sum.amounts[id], 0)),
    missing: byNutrient((id) => [...new Set(sums.flatMap((sum) => sum.missing[id]))]),
    unmeasured: [...new Set(sums.flatMap((sum) => sum.unmeasured))],
  };
}

function scaleSum(sum: NutrientSum, factor: number): NutrientSum {
  return { ...sum, amounts: byNutrient((id) => sum.amounts[id] * factor) };
}

function byNutrient<T>(value: (id: NutrientId) => T): Record<NutrientId, T> {
  return Object.fromEntries(NUTRIENTS.map(({ id }) => [id, value(id)])) as Record<NutrientId, T>;
}
