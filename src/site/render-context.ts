/**
 * The render context of the page being rendered (src/render/render-context.ts): its
 * language, the binder's names in that language, and links that stay in it.
 */
import { allergensOfLines, NO_ALLERGENS } from '../domain/allergen-derivation.ts';
import { plateCosting } from '../domain/costing/plate-cost.ts';
import { plateNutrients } from '../domain/nutrition/nutrient-sum.ts';
import { recipeAsBuilt, type RecipeAsBuilt } from '../domain/scaling/recipe-as-built.ts';
import { currentLanguage } from '../i18n/current-language.ts';
import { translatorFor } from '../i18n/translate.ts';
import type { MenuItemRenderContext } from '../render/menu-item.ts';
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

/** A menu item's page context: the plate's allergens through its recipes, and what a plate costs against its price. */
export function menuItemPageContext(site: SiteBinder, slug: string): MenuItemRenderContext {
  const { binder, index } = site;
  const item = binder.menu.get(slug)!;
  return {
    ...pageRenderContext(site),
    allergens: allergensOfLines(item.plate, (id) => index.allergens.get(id) ?? NO_ALLERGENS, binder.ingredients),
    currency: binder.site.currency,
    costing: plateCosting(item, binder, binder.site.currency, binder.site.costing?.targetFoodCostPercent),
    nutrients: plateNutrients(item, binder),
  };
}
