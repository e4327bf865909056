/**
 * Wires the binder's folders under content/ to their schemas. Folders, file types
 * and schemas all come from src/schemas/collections.ts; the names are spelled out
 * here only so that Astro can infer each collection's type.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse } from 'yaml';
import { BINDER_COLLECTIONS, extensionOf, SITE_FILE } from './schemas/collections.ts';
import type { CollectionName } from './schemas/reference.ts';
import { SiteSchema } from './schemas/site.ts';

function binderLoader(name: CollectionName) {
  // Bodies render only on the page that shows them, so memory stays flat as the binder grows.
  return glob({ base: `./content/${BINDER_COLLECTIONS[name].directory}`, pattern: `*${extensionOf(name)}`, deferRender: true });
}

export const collections = {
  recipes: defineCollection({ loader: binderLoader('recipes'), schema: BINDER_COLLECTIONS.recipes.schema }),
  procedures: defineCollection({ loader: binderLoader('procedures'), schema: BINDER_COLLECTIONS.procedures.schema }),
  setup: defineCollection({ loader: binderLoader('setup'), schema: BINDER_COLLECTIONS.setup.schema }),
  ingredients: defineCollection({ loader: binderLoader('ingredients'), schema: BINDER_COLLECTIONS.ingredients.schema }),
  equipment: defineCollection({ loader: binderLoader('equipment'), schema: BINDER_COLLECTIONS.equipment.schema }),
  stations: defineCollection({ loader: binderLoader('stations'), schema: BINDER_COLLECTIONS.stations.schema }),
  site: defineCollection({
    loader: file(`./content/${SITE_FILE}`, { parser: (text) => ({ site: parse(text) as Record<string, unknown> }) }),
    schema: SiteSchema,
  }),
};
