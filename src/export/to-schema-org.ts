/**
 * A recipe exported as schema.org Recipe JSON-LD: the same document its page embeds
 * (src/domain/recipe-json-ld.ts, which credits an imported recipe's source as
 * `isBasedOn`), so that another recipe tool, or another binder's `npm run import`,
 * reads it.
 */
import { recipeJsonLd } from '../domain/recipe-json-ld.ts';
import type { TitleOf } from '../domain/recipe-text.ts';
import type { Recipe } from '../schemas/recipe.ts';
import type { Site } from '../schemas/site.ts';

export function toSchemaOrg(recipe: Recipe, slug: string, site: Site, titleOf: TitleOf): string {
  const base = site.url.endsWith('/') ? site.url : `${site.url}/`;
  return `${JSON.stringify(recipeJsonLd({ recipe, url: new URL(`recipes/${slug}/`, base).href, site, titleOf }), null, 2)}\n`;
}
