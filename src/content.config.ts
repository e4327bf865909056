/**
 * Wires the binder to Astro's collections. Every collection comes from one read of
 * content/ and the layers beside it (src/integrations/layered-loader.ts); schemas come
 * from src/schemas/collections.ts. The names are spelled out here only so that Astro
 * can infer each collection's type.
 */
import { defineCollection } from 'astro:content';
import { layeredCollection, layeredCookLogs, layeredLineage, layeredSite, layeredTranslations } from './integrations/layered-loader.ts';
import { BINDER_COLLECTIONS } from './schemas/collections.ts';
import { CookLogSchema } from './schemas/cook-log.ts';
import { LocalizedEntrySchema } from './schemas/localized-entry.ts';
import { networkReportLoader } from './integrations/network-loader.ts';
import { NetworkReportSchema } from './schemas/network.ts';
import { SiteSchema } from './schemas/site.ts';
import { LineageSchema } from './schemas/variant.ts';

export const collections = {
  recipes: defineCollection({ loader: layeredCollection('recipes'), schema: BINDER_COLLECTIONS.recipes.schema }),
  procedures: defineCollection({ loader: layeredCollection('procedures'), schema: BINDER_COLLECTIONS.procedures.schema }),
  setup: defineCollection({ loader: layeredCollection('setup'), schema: BINDER_COLLECTIONS.setup.schema }),
  ingredients: defineCollection({ loader: layeredCollection('ingredients'), schema: BINDER_COLLECTIONS.ingredients.schema }),
  equipment: defineCollection({ loader: layeredCollection('equipment'), schema: BINDER_COLLECTIONS.equipment.schema }),
  stations: defineCollection({ loader: layeredCollection('stations'), schema: BINDER_COLLECTIONS.stations.schema }),
  menu: defineCollection({ loader: layeredCollection('menu'), schema: BINDER_COLLECTIONS.menu.schema }),
  site: defineCollection({ loader: layeredSite(), schema: SiteSchema }),
  lineage: defineCollection({ loader: layeredLineage(), schema: LineageSchema }),
  cookLogs: defineCollection({ loader: layeredCookLogs(), schema: CookLogSchema }),
  network: defineCollection({ loader: networkReportLoader(), schema: NetworkReportSchema }),
  translations: defineCollection({ loader: layeredTranslations(), schema: LocalizedEntrySchema }),
};
