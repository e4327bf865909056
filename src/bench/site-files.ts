/**
 * Which file of the built site a URL names, as a static host maps them: the site's
 * base path stripped, a directory meaning its index.html. Pure, so the page weigher
 * and the precache sizer agree on every URL.
 */

/** A stand-in origin for the built site: URLs are resolved against it, never fetched. */
export const SITE_ORIGIN = 'http://site.invalid';

/**
 * The path inside dist/ (forward slashes) of `reference` as found on the page at
 * `fromUrl`; undefined for another origin or a path leaving the site.
 */
export function siteFilePath(reference: string, fromUrl: string, basePath = '/'): string | undefined {
  let url: URL;
  try {
    url = new URL(reference, fromUrl);
  } catch {
    return undefined;
  }
  if (url.origin !== SITE_ORIGIN) return undefined;
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  if (!url.pathname.startsWith(base)) return undefined;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return undefined;
  }
  if (pathname === '' || pathname.endsWith('/')) pathname += 'index.html';
  return pathname.split('/').includes('..') ? undefined : pathname;
}

/** The URL of a page at `path` (below the base), to resolve its references against. */
export function pageUrl(path: string, basePath = '/'): string {
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  return new URL(`${base}${path.replace(/^\//, '')}`, SITE_ORIGIN).href;
}
