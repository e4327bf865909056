/**
 * Where an entry's page and a section's listing live, relative to the site's root in
 * the binder's own language: one place for the shape of the site's paths, which the
 * pages (src/site/urls.ts) and the editor's preview (which knows the base path and the
 * language only from /admin/binder.json) both build their links from.
 */
import type { CollectionName } from '../schemas/reference.ts';

export function entryPath(collection: CollectionName, id: string): string {
  return `${collection}/${id}/`;
}

/** Page 1 has no number. */
export function sectionPath(collection: CollectionName | 'allergens', page = 1): string {
  return page === 1 ? `${collection}/` : `${collection}/${page}/`;
}

/** A site path under `base` (with its trailing slash), in the language whose pages live under `segment` (empty for the binder's own). */
export function pathIn(base: string, segment: string, path: string): string {
  const relative = path.replace(/^\//, '');
  return `${base}${segment ? `${segment}/${relative}` : relative}`;
}
