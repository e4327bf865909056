import { ALLERGENS, ALLERGEN_IDS, type AllergenId } from '../allergens.ts';
import type { AllergenTrace, DerivedAllergens } from '../allergen-derivation.ts';
import type { AllergenChange, AllergenSource } from './model.ts';
import type { TitleOf } from './titles.ts';

/**
 * A recipe's derived allergens compared: every allergen gained or lost, with the
 * ingredients (and sub-recipes) that bring it; for a new recipe (no `before`), all of
 * its allergens (pass `newEntry`), marked so. A "may contain" that became a
 * "contains" is reported once, as the allergen added.
 */
export function derivedAllergenChanges(
  before: DerivedAllergens | undefined,
  after: DerivedAllergens | undefined,
  titleOf: TitleOf,
  newEntry = false,
): AllergenChange[] {
  const changes: AllergenChange[] = [];
  for (const list of ['contains', 'mayContain'] as const) {
    const was = before?.[list] ?? new Map<AllergenId, readonly AllergenTrace[]>();
    const is = after?.[list] ?? new Map<AllergenId, readonly AllergenTrace[]>();
    for (const allergen of ALLERGEN_IDS) {
      if (is.has(allergen) && !was.has(allergen)) {
        const change = allergenChange('allergen-added', list, allergen, (is.get(allergen) ?? []).map((t) => sourceOf(t, titleOf)));
        changes.push(newEntry ? { ...change, newEntry } : change);
      } else if (was.has(allergen) && !is.has(allergen)) {
        if (list === 'mayContain' && after?.contains.has(allergen)) continue;
        changes.push(allergenChange('allergen-removed', list, allergen, (was.get(allergen) ?? []).map((t) => sourceOf(t, titleOf))));
      }
    }
  }
  return changes;
}

/** An ingredient's own `allergens` or `mayContain` list compared. */
export function declaredAllergenChanges(
  list: 'contains' | 'mayContain',
  before: readonly AllergenId[] | undefined,
  after: readonly AllergenId[] | undefined,
): AllergenChange[] {
  const was = new Set(before ?? []);
  const is = new Set(after ?? []);
  return ALLERGEN_IDS.flatMap((allergen) => {
    if (is.has(allergen) && !was.has(allergen)) return [allergenChange('allergen-added', list, allergen, [])];
    if (was.has(allergen) && !is.has(allergen)) return [allergenChange('allergen-removed', list, allergen, [])];
    return [];
  });
}

function allergenChange(kind: AllergenChange['kind'], list: AllergenChange['list'], allergen: AllergenId, sources: AllergenSource[]): AllergenChange {
  return { kind, path: list === 'contains' ? 'allergens' : 'mayContain', allergen, label: ALLERGENS[allergen].label, list, sources };
}

function sourceOf(trace: AllergenTrace, titleOf: TitleOf): AllergenSource {
  return {
    ingredient: trace.ingredient,
    ingredientName: titleOf('ingredients', trace.ingredient),
    via: trace.via.map((id) => ({ id, title: titleOf('recipes', id) })),
  };
}
