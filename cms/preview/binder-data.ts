/**
 * What the editor's previews know about the rest of the binder: names to show for
 * slugs, enough of every recipe and ingredient to derive the allergens of the recipe
 * being edited and to scale and cost it as its page will, and where the site's pages
 * are. Built at site build time into /admin/binder.json (small: no bodies, no steps),
 * read by the previews in the browser.
 */
import { deriveAllergens, NO_ALLERGENS, type DerivedAllergens } from '../../src/domain/allergen-derivation.ts';
import type { AllergenId } from '../../src/domain/allergens.ts';
import type { BinderIndex } from '../../src/domain/binder-index.ts';
import type { Binder } from '../../src/domain/binder.ts';
import type { ScalingLookups } from '../../src/domain/scaling/scalable-recipe.ts';
import type { UnitSystem } from '../../src/domain/units.ts';
import type { Equipment } from '../../src/schemas/equipment.ts';
import type { Ingredient } from '../../src/schemas/ingredient.ts';
import type { IngredientLine, Recipe } from '../../src/schemas/recipe.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/reference.ts';

/** An ingredient as the previews need it: its allergens, what scaling and costing read, and its purchasing spec (a setup guide lists it). */
export type PreviewIngredient = Pick<Ingredient, 'name' | 'density' | 'gramsEach' | 'scalingExponent' | 'flour' | 'cost' | 'yields' | 'purchasing' | 'nutrition'> & {
  readonly allergens: readonly AllergenId[];
  readonly mayContain: readonly AllergenId[];
};

/** A recipe as the previews need it, to derive and cost a recipe that uses it. */
export type PreviewRecipe = Pick<Recipe, 'title' | 'yield'> & {
  /** Its lines, reduced to what they name and how much. */
  readonly ingredients: IngredientLine[];
  /** Derived, through sub-recipes: what the recipe page shows. */
  readonly contains: readonly AllergenId[];
  readonly mayContain: readonly AllergenId[];
};

export interface PreviewBinder {
  /** The language the binder is written in (BCP 47), which the editor's previews draw in. */
  readonly locale: string;
  readonly currency: string;
  /** The franchise's target food cost %, which a menu item is held to unless it sets its own. */
  readonly targetFoodCostPercent?: number;
  readonly unitSystem: UnitSystem;
  /** The site's base path, with its trailing slash, and the language's first path segment (empty for the binder's own): links as the pages write them. */
  readonly base: string;
  readonly segment: string;
  readonly ingredients: Readonly<Record<string, PreviewIngredient>>;
  readonly recipes: Readonly<Record<string, PreviewRecipe>>;
  /** Equipment a batch is made in splits it by its capacity. */
  readonly equipment: Readonly<Record<string, Pick<Equipment, 'name' | 'category' | 'capacity'>>>;
  /** Display names of every entry, by collection and slug. */
  readonly titles: Readonly<Record<CollectionName, Readonly<Record<string, string>>>>;
  /** In another language than the binder's own: the original's language and the names of entries not translated yet, which the pages mark as in it. */
  readonly original?: ShownInOriginal;
}

/** Words a translated page shows in the original's language, and that language (BCP 47). */
export interface ShownInOriginal {
  readonly lang: string;
  readonly names: readonly string[];
}

/** Where the binder's pages live, for the previews' links. */
export interface PreviewLinks {
  readonly base: string;
  readonly segment: string;
}

/** The preview data of a binder, from its entries and index; `original` for a binder read in another language than its own. */
export function previewBinder(binder: Binder, index: BinderIndex, links: PreviewLinks, original?: ShownInOriginal): PreviewBinder {
  const ingredients = Object.fromEntries(
    [...binder.ingredients].map(([id, ingredient]): [string, PreviewIngredient] => [
      id,
      {
        name: ingredient.name,
        allergens: ingredient.allergens ?? [],
        mayContain: ingredient.mayContain ?? [],
        density: ingredient.density,
        gramsEach: ingredient.gramsEach,
        scalingExponent: ingredient.scalingExponent,
        flour: ingredient.flour,
        cost: ingredient.cost,
        yields: ingredient.yields,
        purchasing: ingredient.purchasing,
        nutrition: ingredient.nutrition,
      },
    ]),
  );
  const recipes = Object.fromEntries(
    [...binder.recipes].map(([id, recipe]): [string, PreviewRecipe] => {
      const allergens = index.allergens.get(id) ?? NO_ALLERGENS;
      const lines = recipe.ingredients.map(({ ingredient, recipe: sub, quantity, unit, prepYield }) => ({ ingredient, recipe: sub, quantity, unit, prepYield }));
      return [id, { title: recipe.title, yield: recipe.yield, ingredients: lines, contains: [...allergens.contains.keys()], mayContain: [...allergens.mayContain.keys()] }];
    }),
  );
  const equipment = Object.fromEntries([...binder.equipment].map(([id, { name, category, capacity }]) => [id, { name, category, capacity }]));
  const titlesOf = (collection: CollectionName) => Object.fromEntries([...binder[collection].keys()].map((id) => [id, index.title(collection, id)]));
  return {
    locale: binder.site.locale,
    currency: binder.site.currency,
    ...(binder.site.costing && { targetFoodCostPercent: binder.site.costing.targetFoodCostPercent }),
    unitSystem: binder.site.unitSystem,
    base: links.base,
    segment: links.segment,
    ingredients,
    recipes,
    equipment,
    titles: Object.fromEntries(COLLECTION_NAMES.map((collection) => [collection, titlesOf(collection)])) as PreviewBinder['titles'],
    ...(original && { original }),
  };
}

/**
 * What the previews go on when /admin/binder.json could not be read: other entries show
 * by their slugs, in English, with links from the site's root. A recipe's preview does
 * not draw on it: it cannot derive allergens without the rest of the binder.
 */
export const NO_BINDER_DATA: PreviewBinder = {
  locale: 'en',
  currency: 'USD',
  unitSystem: 'metric',
  base: '/',
  segment: '',
  ingredients: {},
  recipes: {},
  equipment: {},
  titles: { recipes: {}, procedures: {}, setup: {}, ingredients: {}, equipment: {}, stations: {}, menu: {} },
};

/** The binder data as the scaler looks it up. */
export function scalingLookups(data: PreviewBinder): ScalingLookups {
  return { recipes: new Map(Object.entries(data.recipes)), ingredients: new Map(Object.entries(data.ingredients)), equipment: new Map(Object.entries(data.equipment)) };
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
export function draftAllergens(data: PreviewBinder, lines: readonly IngredientLine[], slug?: string): DerivedAllergens {
  const id = slug || DRAFT_ID;
  // deriveAllergens reads only a recipe's lines and an ingredient's allergen lists.
  const recipes = new Map(Object.entries(data.recipes).map(([rid, recipe]) => [rid, { ingredients: recipe.ingredients } as unknown as Recipe]));
  recipes.set(id, { ingredients: lines } as unknown as Recipe);
  const ingredients = new Map(
    Object.entries(data.ingredients).map(([iid, ingredient]) => [iid, { allergens: [...ingredient.allergens], mayContain: [...ingredient.mayContain] } as unknown as Ingredient]),
  );
  return deriveAllergens({ recipes, ingredients }).get(id) ?? NO_ALLERGENS;
}
