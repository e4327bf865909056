import type { z } from 'astro/zod';
import { EquipmentSchema } from './equipment.ts';
import { IngredientSchema } from './ingredient.ts';
import { MenuItemSchema } from './menu-item.ts';
import { ProcedureSchema } from './procedure.ts';
import { RecipeSchema } from './recipe.ts';
import type { CollectionName } from './reference.ts';
import { SetupGuideSchema } from './setup-guide.ts';
import { StationSchema } from './station.ts';

export interface CollectionDefinition {
  /** The zod schema every entry is validated against. */
  readonly schema: z.ZodType;
  /** Folder under content/. */
  readonly directory: string;
  /** `mdx`: YAML frontmatter plus a body of notes; `yaml`: data only. */
  readonly format: 'mdx' | 'yaml';
  /** The field that names an entry in lists and links. */
  readonly titleField: 'title' | 'name';
  /** Section heading, plural. */
  readonly label: string;
  /** One entry, for "Propose a new …" and search results. */
  readonly singular: string;
  /**
   * How an MDX body's headings sit in the entry's page: moved `shift` levels down, no
   * higher than `topLevel`, ids prefixed with `idPrefix`.
   */
  readonly bodyOutline?: { readonly shift: number; readonly topLevel: number; readonly idPrefix: string };
}

/** A body under the page's own "Chef's notes" `h2`: the chef's `##` becomes an `h3`, its id `notes-…`. */
const NOTES_OUTLINE = { shift: 1, topLevel: 3, idPrefix: 'notes-' } as const;
/** A body that is the page's main text (a setup guide): headings as written. */
const PAGE_OUTLINE = { shift: 0, topLevel: 1, idPrefix: '' } as const;

/**
 * The binder's collections: the one list that Astro's content config, the checker,
 * the site's navigation and (later) the CMS config are all derived from.
 */
export const BINDER_COLLECTIONS = {
  recipes: { schema: RecipeSchema, directory: 'recipes', format: 'mdx', titleField: 'title', label: 'Recipes', singular: 'Recipe', bodyOutline: NOTES_OUTLINE },
  procedures: { schema: ProcedureSchema, directory: 'procedures', format: 'mdx', titleField: 'title', label: 'Procedures', singular: 'Procedure', bodyOutline: NOTES_OUTLINE },
  setup: { schema: SetupGuideSchema, directory: 'setup', format: 'mdx', titleField: 'title', label: 'Setup guides', singular: 'Setup guide', bodyOutline: PAGE_OUTLINE },
  ingredients: { schema: IngredientSchema, directory: 'ingredients', format: 'yaml', titleField: 'name', label: 'Ingredients', singular: 'Ingredient' },
  equipment: { schema: EquipmentSchema, directory: 'equipment', format: 'yaml', titleField: 'name', label: 'Equipment', singular: 'Equipment' },
  stations: { schema: StationSchema, directory: 'stations', format: 'yaml', titleField: 'name', label: 'Stations', singular: 'Station' },
  menu: { schema: MenuItemSchema, directory: 'menu', format: 'yaml', titleField: 'name', label: 'Menu', singular: 'Menu item' },
} as const satisfies Record<CollectionName, CollectionDefinition>;

/** The site identity file, relative to content/. */
export const SITE_FILE = 'site.yaml';

/** File extension of a collection's entries. */
export function extensionOf(collection: CollectionName): string {
  return BINDER_COLLECTIONS[collection].format === 'mdx' ? '.mdx' : '.yaml';
}
