import { z } from 'astro/zod';
import { BINDER_COLLECTIONS } from './collections.ts';
import { COLLECTION_NAMES, SLUG_PATTERN, type CollectionName } from './reference.ts';
import { SiteSchema } from './site.ts';

/** The folder that holds a fork's layers, one sub-folder each: `layers/<name>/`. */
export const LAYERS_FOLDER = 'layers';

/** Each layer's manifest, at `layers/<name>/layer.yaml`. */
export const LAYER_FILE = 'layer.yaml';

/** Inside a layer, patches sit in `patches/<collection>/<slug>.yaml`. */
export const PATCHES_FOLDER = 'patches';

/** Where a layer keeps its patch of an entry, relative to the repository. */
export function patchFilePath(layer: string, collection: CollectionName, id: string): string {
  return `${LAYERS_FOLDER}/${layer}/${PATCHES_FOLDER}/${BINDER_COLLECTIONS[collection].directory}/${id}.yaml`;
}

/** The name of the binder a fork came from, as a layer: the content/ folder. */
export const BASE_LAYER = 'content';

const ENTRY_PATH = new RegExp(`^(?:${COLLECTION_NAMES.join('|')})/${SLUG_PATTERN.source.slice(1, -1)}$`);

/** An entry named across collections: `recipes/tiramisu`. */
export const EntryPathSchema = z.string().regex(ENTRY_PATH, {
  error: `is not an entry — write \`<collection>/<slug>\`, like \`recipes/tiramisu\` (collections: ${COLLECTION_NAMES.join(', ')})`,
});

/** Identity fields a layer sets over the binder below it; the theme merges field by field. */
export const SiteOverridesSchema = SiteSchema.partial().extend({
  /** Brand colours and logo that differ from the binder below. */
  theme: SiteSchema.shape.theme.partial().optional(),
});

/**
 * A restaurant's layer over the binder it forked: its identity, the entries it hides,
 * and which layer it sits on. Its entries, replacements and patches are files beside it.
 */
export const LayerSchema = z.strictObject({
  /** The layer this one sits on: `content` (the binder forked from) or the folder name of a layer under layers/. */
  extends: z.string().regex(new RegExp(`^(?:${BASE_LAYER}|${SLUG_PATTERN.source.slice(1, -1)})$`), {
    error: 'is not a layer — write `content` or the folder name of another layer under layers/',
  }),
  /** This restaurant's identity: each field given here replaces the one of the binder below. */
  site: SiteOverridesSchema.optional(),
  /** Entries this restaurant does not serve: left out of pages, search and the allergen matrix, never deleted. */
  hide: z
    .array(EntryPathSchema)
    .refine((paths) => new Set(paths).size === paths.length, { error: 'lists the same entry twice — remove the repeat' })
    .optional(),
});

export type Layer = z.infer<typeof LayerSchema>;
export type SiteOverrides = z.infer<typeof SiteOverridesSchema>;
