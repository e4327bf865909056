import { ALLERGENS, IMPLIED_ALLERGENS, type AllergenId } from '../allergens.ts';
import { DIET_EXCLUDES, type AllergenTrace, type DerivedAllergens } from '../allergen-derivation.ts';
import type { BinderEntries } from '../binder.ts';
import { recipesWithBrokenLines } from '../recipe-graph.ts';
import type { Report } from './report.ts';

/**
 * A recipe's declared allergens must equal those derived from its ingredients:
 * a missing allergen can put a guest in hospital, an extra one turns away a guest
 * for nothing. Diet claims must not contradict the allergens, and ingredient
 * allergen lists must be complete in themselves (wheat means gluten).
 */
export function checkAllergens(binder: BinderEntries, derived: ReadonlyMap<string, DerivedAllergens>, report: Report): void {
  const incomplete = recipesWithBrokenLines(binder.recipes, (id) => binder.ingredients.has(id));
  for (const [id, recipe] of binder.recipes) {
    const contains = derived.get(id)?.contains ?? new Map<AllergenId, readonly AllergenTrace[]>();
    if (recipe.allergens !== undefined) {
      const declared = new Set(recipe.allergens);
      for (const [allergen, traces] of contains) {
        if (declared.has(allergen)) continue;
        report(
          { collection: 'recipes', id, path: ['allergens'] },
          `does not declare ${label(allergen)}, which comes from ${describeTraces(traces)}`,
          `add \`${allergen}\` to \`allergens\` (or remove \`allergens\` and let the binder derive the list)`,
        );
      }
      recipe.allergens.forEach((allergen, index) => {
        // With a broken line the derived list is incomplete; the broken line is reported instead.
        if (contains.has(allergen) || incomplete.has(id)) return;
        report(
          { collection: 'recipes', id, path: ['allergens', index] },
          `declares ${label(allergen)}, but no ingredient or sub-recipe carries it`,
          `remove \`${allergen}\`, or add \`${allergen}\` to the allergens of the ingredient that contains it`,
        );
      });
    }
    recipe.diets?.forEach((diet, index) => {
      const conflicts = DIET_EXCLUDES[diet].filter((allergen) => contains.has(allergen));
      if (conflicts.length === 0) return;
      const reasons = conflicts.map((a) => `${label(a)} (from ${describeTraces(contains.get(a) ?? [])})`).join(', ');
      report(
        { collection: 'recipes', id, path: ['diets', index] },
        `claims ${diet} but contains ${reasons}`,
        `remove \`${diet}\`, or replace the ingredients that carry ${conflicts.map(label).join(' and ')}`,
      );
    });
  }

  for (const [id, ingredient] of binder.ingredients) {
    const allergens = new Set(ingredient.allergens ?? []);
    for (const allergen of allergens) {
      for (const implied of IMPLIED_ALLERGENS[allergen] ?? []) {
        if (allergens.has(implied)) continue;
        report(
          { collection: 'ingredients', id, path: ['allergens'] },
          `lists ${label(allergen)} but not ${label(implied)}, which ${label(allergen)} always contains`,
          `add \`${implied}\` to \`allergens\``,
        );
      }
    }
    ingredient.mayContain?.forEach((allergen, index) => {
      if (!allergens.has(allergen)) return;
      report(
        { collection: 'ingredients', id, path: ['mayContain', index] },
        `${label(allergen)} is listed as both contained and "may contain"`,
        `remove \`${allergen}\` from \`mayContain\`: it is contained`,
      );
    });
  }
}

function label(allergen: AllergenId): string {
  return ALLERGENS[allergen].label.toLowerCase();
}

function describeTraces(traces: readonly AllergenTrace[]): string {
  return traces
    .slice(0, 3)
    .map((t) => (t.via.length > 0 ? `${t.ingredient} (in ${t.via.join(' → ')})` : t.ingredient))
    .join(', ')
    .concat(traces.length > 3 ? ', …' : '');
}
