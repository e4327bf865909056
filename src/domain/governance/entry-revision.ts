/**
 * An entry's revision as a cook follows it: a fingerprint of the parts that decide
 * what ends up on the plate (amounts, steps, times, temperatures, limits, storage and
 * the allergens derived through sub-recipes), and of nothing else. A title or summary
 * reworded leaves it unchanged, so a kitchen's trial still counts; it is computed from
 * data, not from git, so it survives rebases, squashes and a fork's layers.
 */
import { createHash } from 'node:crypto';
import type { DerivedAllergens } from '../allergen-derivation.ts';
import type { BinderEntries } from '../binder.ts';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Recipe } from '../../schemas/recipe.ts';

/** The parts of a recipe a trial vouches for. */
export function cookedPartsOfRecipe(recipe: Recipe, allergens: DerivedAllergens | undefined) {
  return {
    yield: recipe.yield,
    ingredients: recipe.ingredients,
    steps: recipe.steps,
    storage: recipe.storage,
    holding: recipe.holding,
    bakersPercentages: recipe.bakersPercentages,
    contains: allergens ? [...allergens.contains.keys()] : [],
    mayContain: allergens ? [...allergens.mayContain.keys()] : [],
  };
}

/** The parts of a procedure a kitchen vouches for by carrying it out: its steps and their limits. */
export function cookedPartsOfProcedure(procedure: Procedure) {
  return { steps: procedure.steps };
}

/** The 12-character revision of those parts. */
export function revisionOf(parts: unknown): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex').slice(0, 12);
}

/** JSON with object keys sorted and unset fields left out, so equal data gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const fields = Object.entries(value as Record<string, unknown>)
    .filter(([, field]) => field !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${fields.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
}

/** What entryRevisionOf needs of a binder: its entries and their derived allergens. */
export interface RevisionSource {
  readonly entries: BinderEntries;
  readonly allergens: ReadonlyMap<string, DerivedAllergens>;
}

/** The revision of `recipes/<slug>` or `procedures/<slug>` in this binder, or undefined when it has no such entry. */
export function entryRevisionOf(binder: RevisionSource, entry: string): string | undefined {
  const [collection, id] = entry.split('/') as [string, string];
  if (collection === 'recipes') {
    const recipe = binder.entries.recipes.get(id);
    return recipe ? revisionOf(cookedPartsOfRecipe(recipe, binder.allergens.get(id))) : undefined;
  }
  if (collection === 'procedures') {
    const procedure = binder.entries.procedures.get(id);
    return procedure ? revisionOf(cookedPartsOfProcedure(procedure)) : undefined;
  }
  return undefined;
}

/** The revision of every recipe and procedure, by `collection/slug`. */
export function entryRevisions(binder: RevisionSource): Map<string, string> {
  const revisions = new Map<string, string>();
  for (const collection of ['recipes', 'procedures'] as const) {
    for (const id of binder.entries[collection].keys()) revisions.set(`${collection}/${id}`, entryRevisionOf(binder, `${collection}/${id}`)!);
  }
  return revisions;
}
