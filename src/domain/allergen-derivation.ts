import type { Ingredient } from '../schemas/ingredient.ts';
import type { Diet, Recipe } from '../schemas/recipe.ts';
import { ALLERGEN_IDS, type AllergenId } from './allergens.ts';

/** Why a recipe carries an allergen: the ingredient that brings it, and the sub-recipes it came through. */
export interface AllergenTrace {
  /** Slug of the ingredient that carries the allergen. */
  readonly ingredient: string;
  /** Sub-recipe slugs from the recipe down to the ingredient; empty when the recipe uses it directly. */
  readonly via: readonly string[];
}

/** A recipe's allergens, each with the ingredients that bring it, in the fixed allergen order. */
export interface DerivedAllergens {
  readonly contains: ReadonlyMap<AllergenId, readonly AllergenTrace[]>;
  /** Cross-contact warnings from ingredient specs, for allergens the recipe does not already contain. */
  readonly mayContain: ReadonlyMap<AllergenId, readonly AllergenTrace[]>;
}

interface Sources {
  readonly recipes: ReadonlyMap<string, Recipe>;
  readonly ingredients: ReadonlyMap<string, Ingredient>;
}

/**
 * Derives every recipe's allergens from its ingredients and, through them, its
 * sub-recipes, at any depth. Each recipe is derived once and reused by the recipes
 * that use it. Optional lines count: a cook may add them, so the guest must be told.
 * Unknown slugs and cycles contribute nothing here; the checker reports them.
 */
export function deriveAllergens(sources: Sources): Map<string, DerivedAllergens> {
  const done = new Map<string, DerivedAllergens>();
  const inProgress = new Set<string>();

  const derive = (recipeId: string): DerivedAllergens => {
    const known = done.get(recipeId);
    if (known) return known;
    const recipe = sources.recipes.get(recipeId);
    if (!recipe || inProgress.has(recipeId)) return NO_ALLERGENS;
    inProgress.add(recipeId);
    const result = allergensOfLines(recipe.ingredients, derive, sources.ingredients);
    inProgress.delete(recipeId);
    done.set(recipeId, result);
    return result;
  };

  for (const id of sources.recipes.keys()) derive(id);
  return done;
}

/** What lines naming ingredients and recipes (a recipe's list, a menu item's plate) carry, given each recipe's own allergens. */
export function allergensOfLines(
  lines: ReadonlyArray<{ readonly ingredient?: string | undefined; readonly recipe?: string | undefined }>,
  recipeAllergens: (id: string) => DerivedAllergens,
  ingredients: ReadonlyMap<string, Pick<Ingredient, 'allergens' | 'mayContain'>>,
): DerivedAllergens {
  const contains = new Map<AllergenId, AllergenTrace[]>();
  const mayContain = new Map<AllergenId, AllergenTrace[]>();
  for (const line of lines) {
    if (line.ingredient !== undefined) {
      const ingredient = ingredients.get(line.ingredient);
      const trace = { ingredient: line.ingredient, via: [] };
      for (const allergen of ingredient?.allergens ?? []) addTrace(contains, allergen, trace);
      for (const allergen of ingredient?.mayContain ?? []) addTrace(mayContain, allergen, trace);
    } else if (line.recipe !== undefined) {
      const sub = recipeAllergens(line.recipe);
      const subId = line.recipe;
      const prefix = (t: AllergenTrace): AllergenTrace => ({ ingredient: t.ingredient, via: [subId, ...t.via] });
      for (const [allergen, traces] of sub.contains) for (const t of traces) addTrace(contains, allergen, prefix(t));
      for (const [allergen, traces] of sub.mayContain) for (const t of traces) addTrace(mayContain, allergen, prefix(t));
    }
  }
  for (const allergen of contains.keys()) mayContain.delete(allergen);
  return { contains: inAllergenOrder(contains), mayContain: inAllergenOrder(mayContain) };
}

/** A recipe with no allergens at all. */
export const NO_ALLERGENS: DerivedAllergens = { contains: new Map(), mayContain: new Map() };

function addTrace(map: Map<AllergenId, AllergenTrace[]>, allergen: AllergenId, trace: AllergenTrace): void {
  const traces = map.get(allergen) ?? [];
  const key = [...trace.via, trace.ingredient].join('/');
  if (!traces.some((t) => [...t.via, t.ingredient].join('/') === key)) traces.push(trace);
  map.set(allergen, traces);
}

function inAllergenOrder<T>(map: Map<AllergenId, T>): Map<AllergenId, T> {
  return new Map(ALLERGEN_IDS.flatMap((id) => (map.has(id) ? [[id, map.get(id) as T] as const] : [])));
}

/** Diets an allergen rules out, for checking a recipe's diet claims. */
export const DIET_EXCLUDES: Readonly<Record<Diet, readonly AllergenId[]>> = {
  vegan: ['milk', 'eggs', 'fish', 'crustaceans', 'molluscs'],
  vegetarian: ['fish', 'crustaceans', 'molluscs'],
  pescatarian: [],
  'gluten-free': ['gluten', 'wheat'],
  'dairy-free': ['milk'],
  'egg-free': ['eggs'],
  'nut-free': ['tree-nuts', 'peanuts'],
  halal: [],
  kosher: [],
};

/** An ingredient's own allergens, as declared, in the shape a recipe's derived ones take: each traced to the ingredient itself. */
export function declaredAllergens(id: string, ingredient: { readonly allergens?: readonly AllergenId[] | undefined; readonly mayContain?: readonly AllergenId[] | undefined }): DerivedAllergens {
  const traced = (ids: readonly AllergenId[] | undefined) => new Map((ids ?? []).map((allergen) => [allergen, [{ ingredient: id, via: [] }]] as const));
  return { contains: traced(ingredient.allergens), mayContain: traced(ingredient.mayContain) };
}
