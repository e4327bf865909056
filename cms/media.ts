/**
 * Where images live: files under content/media/ in the repository, which the site
 * serves (and copies into dist/) at <base>media/ — see src/integrations/binder.ts.
 * Entries store an image as `media/<name>.jpg`, a path under content/.
 */

/** The media folder in the repository, relative to its root. */
export const MEDIA_FOLDER = 'content/media';

/** How an entry writes an image path: relative to content/, as ImageSchema in src/schemas/recipe.ts requires. */
export const ENTRY_MEDIA_PREFIX = 'media';
