/**
 * A recipe exported as schema.org Recipe JSON-LD: the same document its page embeds
 * (src/domain/recipe-json-ld.ts), credited to where it came from when it was imported
 * (its `source`: the original author, page and licence, as `isBasedOn`), so that another
 * recipe tool, or another binder's `npm run import`, reads it.
 */
import { recipeJsonLd } from '../domain/recipe-json-ld.ts';
import type { TitleOf } from '../domain/recipe-text.ts';
import type { Recipe } from '../schemas/recipe.ts';
import type { Site } from '../schemas/site.ts';

export function toSchemaOrg(recipe: Recipe, slug: string, site: Site, titleOf: TitleOf): string {
  const base = site.url.endsWith('/') ? site.url : `${site.url}/`;
  const document = recipeJsonLd({ recipe, url: new URL(`recipes/${slug}/`, base).href, site, titleOf });
  const source = recipe.source;
  const credited = source
    ? {
        ...document,
        ...(source.author && { author: { '@type': 'Person', name: source.author } }),
        ...(source.licence && { license: source.licence }),
        isBasedOn: { '@type': 'CreativeWork', ...(source.url && { url: source.url }), ...(source.publisher && { publisher: { '@type': 'Organization', name: source.publisher } }) },
      }
    : document;
  return `${JSON.stringify(credited, null, 2)}\n`;
}
