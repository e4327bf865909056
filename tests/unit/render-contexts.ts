/**
 * Render contexts (src/render/render-context.ts) for the small pizzeria of pizzeria.ts,
 * in a language: what the site's pages and the editor's preview both hand the render
 * functions, here built straight from the domain.
 */
import { buildBinderIndex } from '../../src/domain/binder-index.ts';
import { deriveAllergens, NO_ALLERGENS } from '../../src/domain/allergen-derivation.ts';
import type { BinderEntries } from '../../src/domain/binder.ts';
import { recipeAsBuilt } from '../../src/domain/scaling/recipe-as-built.ts';
import { translatorFor } from '../../src/i18n/translate.ts';
import { entryPath, pathIn, sectionPath } from '../../src/render/links.ts';
import type { RecipeRenderContext } from '../../src/render/recipe-render-context.ts';
import type { RenderContext } from '../../src/render/render-context.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';

/** English pages at the root, the others under their tag (/es/…). */
export function renderContext(binder: BinderEntries, tag: string): RenderContext {
  const index = buildBinderIndex(binder, collectionJsonSchema);
  const segment = tag.startsWith('en') ? '' : tag;
  return {
    tag,
    t: translatorFor(tag),
    titleOf: index.title,
    entryHref: (collection, id) => pathIn('/', segment, entryPath(collection, id)),
    sectionHref: (collection) => pathIn('/', segment, sectionPath(collection)),
  };
}

/** `built: false` draws the recipe as a draft without its yield does, quantities as written. */
export function recipeContext(binder: BinderEntries, tag: string, slug: string, options: { built?: boolean } = {}): RecipeRenderContext {
  const allergens = deriveAllergens(binder);
  return {
    ...renderContext(binder, tag),
    allergens: allergens.get(slug) ?? NO_ALLERGENS,
    containsOf: (collection, id) => (collection === 'ingredients' ? (binder.ingredients.get(id)?.allergens ?? []) : [...(allergens.get(id)?.contains.keys() ?? [])]),
    built: options.built === false ? undefined : recipeAsBuilt(slug, binder.recipes.get(slug)!, binder, { locale: tag, currency: 'USD', unitSystem: 'metric' }),
  };
}
