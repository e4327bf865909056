import { z } from 'astro/zod';

/** The binder's collections, by the name used in references, URLs and the CMS, in reading order. */
export const COLLECTION_NAMES = ['recipes', 'procedures', 'setup', 'ingredients', 'equipment', 'stations', 'menu'] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/**
 * Entry ids are their file names: lowercase words joined by single hyphens, with at
 * least one letter (an all-digit slug would collide with a listing's page number).
 */
export const SLUG_PATTERN = /^(?=[a-z0-9-]*[a-z])[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: 'is not a slug — use lowercase letters, digits and single hyphens, with at least one letter, like `pizza-dough`' });

/**
 * A field that names another entry by its slug. The collection is recorded as
 * schema metadata, so the checker, the CMS relation widgets and the site all
 * find every reference from the schema instead of from a hand-kept list.
 */
export function referenceTo(collection: CollectionName) {
  return SlugSchema.meta({ reference: collection });
}

/** A list of references with no repeats. */
export function referencesTo(collection: CollectionName) {
  return z.array(referenceTo(collection)).refine((ids) => new Set(ids).size === ids.length, {
    error: 'lists the same entry twice — remove the repeat',
  });
}
