/**
 * What the offline service worker downloads on a first visit: the entries of the
 * precache manifest Workbox writes into dist/sw.js (`precacheAndRoute([{url, revision},
 * …])`, minified or not, JSON-quoted keys or not). Pure: the worker's text in, entries out.
 */

export interface PrecacheEntry {
  readonly url: string;
  readonly revision: string | null;
}

/** An object literal with no nested braces: manifest entries are flat. */
const FLAT_OBJECT = /\{([^{}]*)\}/g;
const URL_PROPERTY = /(?:^|[,\s])["']?url["']?\s*:\s*(["'])((?:(?!\1)[^\\]|\\.)*)\1/;
const REVISION_PROPERTY = /(?:^|[,\s])["']?revision["']?\s*:\s*(?:(["'])((?:(?!\1)[^\\]|\\.)*)\1|null)/;

/** The precache manifest's entries, in order, each URL once. */
export function parsePrecacheManifest(serviceWorker: string): PrecacheEntry[] {
  const entries = new Map<string, PrecacheEntry>();
  for (const match of serviceWorker.matchAll(FLAT_OBJECT)) {
    const body = match[1]!;
    const url = URL_PROPERTY.exec(body);
    const revision = REVISION_PROPERTY.exec(body);
    // Both keys, with a string URL: Workbox's own runtime has objects with a `url` too, never with a literal one and a revision.
    if (!url || !revision) continue;
    const entryUrl = unescape(url[2]!);
    if (!entries.has(entryUrl)) entries.set(entryUrl, { url: entryUrl, revision: revision[2] === undefined ? null : unescape(revision[2]) });
  }
  return [...entries.values()];
}

function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, escaped: string) => (escaped.length === 5 ? String.fromCharCode(parseInt(escaped.slice(1), 16)) : escaped));
}
