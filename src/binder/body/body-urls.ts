/**
 * Where a link or image written in a body leads on the site. Contributors write paths
 * between files, as they see them in the repository (`../procedures/oven-care.mdx`,
 * `../media/dough.jpg`); readers need the page and the published image. A body lives in
 * a collection's folder, under content/ or a layer, so both resolve the same way.
 */
import path from 'node:path';
import { BINDER_COLLECTIONS } from '../../schemas/collections.ts';
import { SLUG_PATTERN } from '../../schemas/reference.ts';
import { MEDIA_FOLDER } from '../safety/media-files.ts';
import { schemeOf } from '../safety/url-safety.ts';

/** `<folder>/<file>.mdx|yaml`; the file name must be an entry slug. */
const ENTRY_FILE = /^([a-z0-9-]+)\/([^/]+)\.(?:mdx|yaml)$/;
const MEDIA_FILE = new RegExp(`^${MEDIA_FOLDER}/[^/]+$`);

/**
 * The site URL for `url` written in a body in `folder` (a collection's folder, such as
 * `recipes`), with `base` ("/" or "/binder/") in front; undefined when the URL is kept as
 * written (an address, a `#fragment`, or a path that names no entry or image).
 */
export function siteUrlOf(url: string, folder: string, base: string): string | undefined {
  if (schemeOf(url) !== undefined || url.startsWith('#') || url.startsWith('?') || url.startsWith('//')) return undefined;
  const [, target = '', suffix = ''] = /^([^?#]*)(.*)$/s.exec(url) ?? [];
  if (target === '') return undefined;
  const resolved = path.posix.normalize(path.posix.join(folder, target));
  const entry = ENTRY_FILE.exec(resolved);
  const collection = entry && Object.entries(BINDER_COLLECTIONS).find(([, { directory }]) => directory === entry[1])?.[0];
  if (entry && collection && SLUG_PATTERN.test(entry[2]!)) return `${base}${collection}/${entry[2]}/${suffix}`;
  if (MEDIA_FILE.test(resolved)) return `${base}${resolved}${suffix}`;
  return undefined;
}
