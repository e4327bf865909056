/**
 * The render context of the editor's previews (src/render/render-context.ts), from
 * /admin/binder.json: the binder's own language, its names, links as its pages write
 * them; for a recipe, the draft's allergens and its quantities at one batch, derived
 * and scaled by the same domain code the recipe page uses.
 */
import { recipeAsBuilt } from '../../src/domain/scaling/recipe-as-built.ts';
import { translatorFor } from '../../src/i18n/translate.ts';
import { entryPath, pathIn, sectionPath } from '../../src/render/links.ts';
import type { RecipeRenderContext } from '../../src/render/recipe-render-context.ts';
import type { AsWritten, RenderContext } from '../../src/render/render-context.ts';
import type { Recipe } from '../../src/schemas/recipe.ts';
import { draftAllergens, scalingLookups, titleIn, type PreviewBinder } from './binder-data.ts';

export function previewRenderContext(binder: PreviewBinder): RenderContext {
  const { locale: tag, base, segment } = binder;
  return {
    tag,
    t: translatorFor(tag),
    titleOf: (collection, id) => titleIn(binder, collection, id),
    entryHref: (collection, id) => pathIn(base, segment, entryPath(collection, id)),
    sectionHref: (collection) => pathIn(base, segment, sectionPath(collection)),
  };
}

/** `slug` is empty for a recipe not saved yet. */
export function recipePreviewContext(binder: PreviewBinder, slug: string, recipe: AsWritten<Recipe>): RecipeRenderContext {
  const ingredients = recipe.ingredients ?? [];
  return {
    ...previewRenderContext(binder),
    allergens: draftAllergens(binder, ingredients, slug),
    containsOf: (collection, id) => (collection === 'ingredients' ? binder.ingredients[id]?.allergens : binder.recipes[id]?.contains) ?? [],
    built:
      recipe.yield &&
      recipeAsBuilt(slug, { ...recipe, yield: recipe.yield, ingredients }, scalingLookups(binder), {
        locale: binder.locale,
        currency: binder.currency,
        unitSystem: binder.unitSystem,
      }),
  };
}
