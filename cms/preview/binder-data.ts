/**
 * What the editor's previews know about the rest of the binder: names to show for
 * slugs, and enough of every recipe and ingredient to derive the allergens of the
 * recipe being edited. Built at site build time into /admin/binder.json (small:
 * no bodies, no steps), read by the previews in the browser.
 */
import { deriveAllergens, NO_ALLERGENS, type DerivedAllergens } from '../../src/domain/allergen-derivation.ts';
import type { AllergenId } from '../../src/domain/allergens.ts';
import type { BinderIndex } from '../../src/domain/binder-index.ts';
import type { Binder } from '../../src/domain/binder.ts';
import type { Ingredient } from '../../src/schemas/ingredient.ts';
import type { Recipe, RecipeYield } from '../../src/schemas/recipe.ts';
import type { CollectionName } from '../../src/schemas/reference.ts';

/** One ingredient line, reduced to what it names. */
export interface PreviewLine {
  readonly ingredient?: string | undefined;
  readonly recipe?: string | undefined;
}

export interface PreviewBinder {
  /** The site's locale and currency, for numbers and prices. */
  readonly locale: string;
  readonly currency: string;
  readonly ingredients: Readonly<Record<string, { readonly name: string; readonly allergens: readonly AllergenId[]; readonly mayContain: readonly AllergenId[] }>>;
  readonly recipes: Readonly<
    Record<
      string,
      {
        readonly title: string;
        readonly yield: RecipeYield;
        readonly lines: readonly PreviewLine[];
        /** Derived, through sub-recipes: what the recipe page shows. */
        readonly contains: readonly AllergenId[];
        readonly mayContain: readonly AllergenId[];
      }
    >
  >;
  /** Display names of every entry, by collection and slug. */
  readonly titles: Readonly<Record<CollectionName, Readonly<Record<string, string>>>>;
}

/** The preview data of a binder, from its entries and index. */
export function previewBinder(binder: Binder, index: BinderIndex): PreviewBinder {
  const ingredients = Object.fromEntries(
    [...binder.ingredients].map(([id, ingredient]) => [id, { name: ingredient.name, allergens: ingredient.allergens ?? [], mayContain: ingredient.mayContain ?? [] }]),
  );
  const recipes = Object.fromEntries(
    [...binder.recipes].map(([id, recipe]) => {
      const allergens = index.allergens.get(id) ?? NO_ALLERGENS;
      const lines = recipe.ingredients.map((line) => (line.ingredient !== undefined ? { ingredient: line.ingredient } : { recipe: line.recipe ?? '' }));
      return [id, { title: recipe.title, yield: recipe.yield, lines, contains: [...allergens.contains.keys()], mayContain: [...allergens.mayContain.keys()] }];
    }),
  );
  const titlesOf = (collection: CollectionName) => Object.fromEntries([...binder[collection].keys()].map((id) => [id, index.title(collection, id)]));
  return {
    locale: binder.site.locale,
    currency: binder.site.currency,
    ingredients,
    recipes,
    titles: {
      recipes: titlesOf('recipes'),
      procedures: titlesOf('procedures'),
      setup: titlesOf('setup'),
      ingredients: titlesOf('ingredients'),
      equipment: titlesOf('equipment'),
      stations: titlesOf('stations'),
    },
  };
}

/** The display name of an entry, or its slug when the binder does not know it (yet). */
export function titleIn(data: PreviewBinder | undefined, collection: CollectionName, id: string): string {
  return data?.titles[collection][id] ?? id;
}

/** Stands for the recipe being edited, whatever its slug (a new one has none yet). */
const DRAFT_ID = '\u0000draft';

/**
 * The allergens of the recipe being edited, derived exactly as the site derives them
 * (src/domain/allergen-derivation.ts) from its lines and the rest of the binder.
 * When it edits an existing recipe, its draft lines replace the published ones, so a
 * recipe that would now use itself contributes nothing, as on the site.
 */
export function draftAllergens(data: PreviewBinder, lines: readonly PreviewLine[], slug?: string): DerivedAllergens {
  const id = slug || DRAFT_ID;
  // deriveAllergens reads only a recipe's lines and an ingredient's allergen lists.
  const recipes = new Map(Object.entries(data.recipes).map(([rid, recipe]) => [rid, { ingredients: recipe.lines } as unknown as Recipe]));
  recipes.set(id, { ingredients: lines } as unknown as Recipe);
  const ingredients = new Map(
    Object.entries(data.ingredients).map(([iid, ingredient]) => [iid, { allergens: [...ingredient.allergens], mayContain: [...ingredient.mayContain] } as unknown as Ingredient]),
  );
  return deriveAllergens({ recipes, ingredients }).get(id) ?? NO_ALLERGENS;
}
