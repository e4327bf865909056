import { currentLanguage } from '../i18n/current-language.ts';
import type { BinderLanguage } from '../i18n/languages.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/reference.ts';
import { entryPath, pathIn, sectionPath } from '../render/links.ts';

/** The site's base path with a trailing slash ("/" or "/binder/"). */
const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path inside the site, with the base path in front: `href('search/')`. */
export function href(path = ''): string {
  return `${BASE}${path.replace(/^\//, '')}`;
}

/**
 * A page of the site in the language of the page being rendered: `/es/search/` on a
 * Spanish page. Files every language shares (styles, media, the editor) use `href`.
 */
export function pageHref(path = ''): string {
  return languagePageHref(path, currentLanguage());
}

/** A page in a given language; `path` is the page's path in the binder's own language. */
export function languagePageHref(path: string, language: Pick<BinderLanguage, 'segment'> | undefined): string {
  return pathIn(BASE, language?.segment ?? '', path);
}

/** The path of the page being rendered without its language part and base: `recipes/margherita/`. */
export function pathInEveryLanguage(pathname: string): string {
  const relative = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : pathname.replace(/^\//, '');
  const segment = currentLanguage()?.segment;
  return segment && (relative === segment || relative.startsWith(`${segment}/`)) ? relative.slice(segment.length).replace(/^\//, '') : relative;
}

const ENTRY_PAGE = new RegExp(`^(${COLLECTION_NAMES.join('|')})/([^/]+)/(cook/)?$`);

/** The entry whose page (or cook mode, when `cookMode`) `path` is, a path as pathInEveryLanguage gives it. */
export function entryOfPage(path: string, cookMode = false): { readonly collection: CollectionName; readonly id: string } | undefined {
  const match = ENTRY_PAGE.exec(path);
  return match && (cookMode || !match[3]) ? { collection: match[1] as CollectionName, id: match[2]! } : undefined;
}

export function entryHref(collection: CollectionName, id: string): string {
  return pageHref(entryPath(collection, id));
}

/**
 * The proposal editor (/admin/, Decap CMS) open at an entry, or at a new entry of the
 * collection when `id` is left out: where "Propose a change" links lead.
 */
export function editorHref(collection: CollectionName | 'site', id?: string): string {
  return href(`admin/#/collections/${collection}/${id === undefined ? 'new' : `entries/${id}`}`);
}

/** The editor's new trial of an entry at its revision ("We cooked this"), filled in through Decap's URL prefill. */
export function newTrialHref(entry: string, revision: string): string {
  return href(`admin/#/collections/trials/new?entry=${encodeURIComponent(entry)}&revision=${encodeURIComponent(revision)}`);
}

/** The proposal editor at a section's list of entries, or at its start page when `collection` is left out. */
export function editorListHref(collection?: CollectionName): string {
  return href(collection === undefined ? 'admin/' : `admin/#/collections/${collection}`);
}

/** Everything that points at an entry, when there is more than its page shows; page 1 has no number. */
export function referencedByHref(collection: CollectionName, id: string, page = 1): string {
  return pageHref(`${collection}/${id}/referenced-by/${page === 1 ? '' : `${page}/`}`);
}

/** A section's listing; page 1 has no number. */
export function sectionHref(collection: CollectionName | 'allergens', page = 1): string {
  return pageHref(sectionPath(collection, page));
}

/**
 * The published address of a site path, from `url` in content/site.yaml, so canonical
 * links and JSON-LD are right whatever base path a local build used.
 */
export function absoluteHref(siteUrl: string, path: string): string {
  const root = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const relative = path.startsWith(BASE) ? path.slice(BASE.length) : path.replace(/^\//, '');
  return new URL(relative, root).href;
}
