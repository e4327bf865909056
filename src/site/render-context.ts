/**
 * The render context of the page being rendered (src/render/render-context.ts): its
 * language, the binder's names in that language, and links that stay in it.
 */
import { NO_ALLERGENS } from '../domain/allergen-derivation.ts';
import { recipeAsBuilt, type RecipeAsBuilt } from '../domain/scaling/recipe-as-built.ts';
import { currentLanguage } from '../i18n/current-language.ts';
import { translatorFor } from '../i18n/translate.ts';
import type { RecipeRenderContext } from '../render/recipe-render-context.ts';
import type { RenderContext } from '../render/render-context.ts';
import type { SiteBinder } from './binder.ts';
import { entryHref, sectionHref } from './urls.ts';

export function pageRenderContext(site: SiteBinder): RenderContext {
  const tag = currentLanguage()?.tag ?? site.binder.site.locale;
  return { tag, t: translatorFor(tag), titleOf: site.index.title, entryHref, sectionHref: (collection) => sectionHref(collection) };
}

/** A recipe's page context: its derived allergens and its quantities at one batch (always there: a published recipe has its yield). */
export function recipePageContext(site: SiteBinder, slug: string): RecipeRenderContext & { readonly built: RecipeAsBuilt } {
  const { binder, index } = site;
  return {
    ...pageRenderContext(site),
    allergens: index.allergens.get(slug) ?? NO_ALLERGENS,
    containsOf: (collection, id) => (collection === 'ingredients' ? (binder.ingredients.get(id)?.allergens ?? []) : [...(index.allergens.get(id)?.contains.keys() ?? [])]),
    built: recipeAsBuilt(slug, binder.recipes.get(slug)!, binder, binder.site),
  };
}
