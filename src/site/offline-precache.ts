/**
 * What the service worker saves on a phone for offline use: every reading page, its CSS
 * and scripts, the favicon and theme, images, and the part of the Pagefind bundle the
 * search page loads (so a search for an ingredient works with the network down). Left
 * out: the proposal editor (admin/, 6 MB of Decap CMS that needs the network anyway),
 * Pagefind's unused UI bundles, source maps and the service worker itself.
 *
 * Paths are relative to the built site (dist/) with forward slashes, as Workbox lists them.
 */

const IMAGE = 'avif|webp|png|jpe?g|gif|svg|ico';

/** Files precached whatever the binder holds. */
const ALWAYS_PRECACHED: readonly RegExp[] = [
  // Every page, the 404 page included (it is what an unknown address shows offline).
  /^(?!admin\/)(?:[^/]+\/)*[^/]+\.html$/,
  // Astro's bundled CSS, JS and optimised images.
  new RegExp(`^_astro/[^/]+\\.(?:css|js|${IMAGE})$`),
  // theme.css and the favicon, next to the pages.
  new RegExp(`^[^/]+\\.(?:css|${IMAGE})$`),
  // The binder's own images, copied from content/media/.
  new RegExp(`^media/(?:[^/]+/)*[^/]+\\.(?:${IMAGE})$`),
  // Pagefind's search runtime, its entry file and its metadata...
  /^pagefind\/(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|[^/]+\.pf_meta)$/,
  // ...and the whole index: word index chunks, one fragment per page, filters.
  /^pagefind\/(?:index\/[^/]+\.pf_index|fragment\/[^/]+\.pf_fragment|filter\/[^/]+\.pf_filter)$/,
];

/**
 * Files whose name changes with their content (Astro's hashed bundles, Pagefind's
 * index chunks): the URL is the version, so the manifest needs no revision hash for
 * them, which keeps the service worker smaller as the binder grows.
 */
export const CONTENT_HASHED_URL = /^(?:_astro\/|pagefind\/(?:index|fragment|filter)\/|pagefind\/[^/]+\.pf_meta$)/;

/** What decides, beyond the file's name, whether it is precached: facts about this build. */
export interface PrecacheContext {
  /** The Pagefind WebAssembly builds the index uses (see pagefindWasmLanguages). */
  readonly wasmLanguages: readonly string[];
  /** Astro bundles only the editor loads (see editorOnlyAssets). */
  readonly editorOnlyAssets: ReadonlySet<string>;
}

/**
 * Whether a built file is precached. Only the Pagefind WebAssembly builds the index
 * uses are saved, not the generic one a single-language binder never loads; and not
 * the editor's own scripts, which Astro writes to _astro/ with everyone else's.
 */
export function isPrecachedFile(file: string, context: PrecacheContext): boolean {
  if (context.editorOnlyAssets.has(file)) return false;
  if (ALWAYS_PRECACHED.some((pattern) => pattern.test(file))) return true;
  return context.wasmLanguages.some((language) => file === `pagefind/wasm.${language}.pagefind`);
}

/** A built page: its path in the built site and its HTML. */
export interface BuiltPage {
  readonly file: string;
  readonly html: string;
}

const ASTRO_ASSET = /\/(_astro\/[^"'\s)?#]+)/g;

/**
 * The _astro/ files that pages of the editor (admin/) reference and no reading page
 * does: the editor's bundle (100 KB) would otherwise ride along to every phone.
 * A file a reading page also uses, or one only scripts import, stays precached.
 */
export function editorOnlyAssets(pages: readonly BuiltPage[]): Set<string> {
  const editor = new Set<string>();
  const reading = new Set<string>();
  for (const page of pages) {
    const into = page.file.startsWith('admin/') ? editor : reading;
    for (const [, asset] of page.html.matchAll(ASTRO_ASSET)) into.add(asset!);
  }
  return new Set([...editor].filter((asset) => !reading.has(asset)));
}

/** Raised when the Pagefind bundle is missing or unreadable: a search would not work offline. */
export class PagefindBundleMissingError extends Error {
  constructor(detail: string) {
    super(
      `The offline copy needs the search index, but ${detail}. Pagefind writes it in binderIntegration's astro:build:done; ` +
        'list offlineIntegration() after binderIntegration() in astro.config.mjs, and build with `npm run build`.',
    );
    this.name = 'PagefindBundleMissingError';
  }
}

/** The WebAssembly builds Pagefind's entry file names, one per language of the index. */
export function pagefindWasmLanguages(entryJson: string): string[] {
  let entry: unknown;
  try {
    entry = JSON.parse(entryJson);
  } catch {
    throw new PagefindBundleMissingError('pagefind/pagefind-entry.json is not JSON');
  }
  const languages = (entry as { languages?: unknown } | null)?.languages;
  if (typeof languages !== 'object' || languages === null || Object.keys(languages).length === 0) {
    throw new PagefindBundleMissingError('pagefind/pagefind-entry.json lists no language');
  }
  const wasm = Object.values(languages as Record<string, { wasm?: unknown }>).map((language) => language?.wasm);
  if (!wasm.every((name): name is string => typeof name === 'string' && /^[\w-]+$/.test(name))) {
    throw new PagefindBundleMissingError('a language in pagefind/pagefind-entry.json names no WebAssembly build');
  }
  return [...new Set(wasm)].sort();
}

/** The build's closing line: "Offline: 262 files, 1.4 MB precached". */
export function offlineSummary(files: number, bytes: number): string {
  return `Offline: ${files} file${files === 1 ? '' : 's'}, ${(bytes / 1_048_576).toFixed(1)} MB precached`;
}
