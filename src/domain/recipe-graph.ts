import type { Recipe } from '../schemas/recipe.ts';

/** The sub-recipes a recipe uses directly, in line order, without repeats. */
export function subRecipesOf(recipe: Recipe): string[] {
  return [...new Set(recipe.ingredients.flatMap((line) => (line.recipe === undefined ? [] : [line.recipe])))];
}

/**
 * Every cycle among sub-recipes, each as the path that closes it
 * (`['a', 'b', 'a']`), reported once, starting from its smallest slug.
 * A cycle would make a recipe an ingredient of itself: it cannot be made,
 * and allergen derivation through it would never end.
 */
export function findSubRecipeCycles(recipes: ReadonlyMap<string, Recipe>): string[][] {
  const cycles = new Map<string, string[]>();
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];

  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    const recipe = recipes.get(id);
    for (const child of recipe ? subRecipesOf(recipe) : []) {
      if (!recipes.has(child)) continue; // an unresolved reference is reported on its own
      if (state.get(child) === 'visiting') {
        const cycle = stack.slice(stack.indexOf(child));
        const rotated = rotateToSmallest(cycle);
        cycles.set(rotated.join('>'), [...rotated, rotated[0] as string]);
      } else if (!state.has(child)) {
        visit(child);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };

  for (const id of [...recipes.keys()].sort()) if (!state.has(id)) visit(id);
  return [...cycles.values()];
}

function rotateToSmallest(cycle: string[]): string[] {
  const smallest = cycle.reduce((min, id, index) => (id < (cycle[min] as string) ? index : min), 0);
  return [...cycle.slice(smallest), ...cycle.slice(0, smallest)];
}

/** For each sub-recipe, the recipes that use it directly ("used in"), sorted. Computed once per build. */
export function usedInIndex(recipes: ReadonlyMap<string, Recipe>): Map<string, string[]> {
  const usedIn = new Map<string, string[]>();
  for (const [id, recipe] of recipes) {
    for (const child of subRecipesOf(recipe)) {
      const list = usedIn.get(child) ?? [];
      list.push(id);
      usedIn.set(child, list);
    }
  }
  for (const list of usedIn.values()) list.sort();
  return usedIn;
}

/**
 * Recipes whose ingredient list reaches, at any depth, a line that names no valid
 * entry or that loops back into a cycle. Their derived allergens are a lower bound
 * only, so "declared but not carried" must not be claimed for them.
 */
export function recipesWithBrokenLines(recipes: ReadonlyMap<string, Recipe>, ingredientExists: (id: string) => boolean): Set<string> {
  const incomplete = new Set<string>();
  const state = new Map<string, boolean>();
  const visit = (id: string, trail: Set<string>): boolean => {
    const known = state.get(id);
    if (known !== undefined) return known;
    const recipe = recipes.get(id);
    if (!recipe) return true;
    if (trail.has(id)) return true; // a cycle: reported on its own, and derivation stops there
    trail.add(id);
    const result = recipe.ingredients.some((line) =>
      line.ingredient !== undefined ? !ingredientExists(line.ingredient) : line.recipe !== undefined && visit(line.recipe, trail),
    );
    trail.delete(id);
    state.set(id, result);
    if (result) incomplete.add(id);
    return result;
  };
  for (const id of recipes.keys()) visit(id, new Set());
  return incomplete;
}
