/**
 * A fork's editor shows the whole binder but writes only into the restaurant's own
 * layer. Its collections are the layer's folders (cms/config.ts); this wraps Decap's
 * backend so that reading a folder also lists the entries upstream has and the layer
 * does not, each under the path it would have in the layer. Opening one reads
 * upstream's file (or, for a patched entry, the entry as patched); saving it writes a
 * copy into the layer, which then replaces upstream's. Nothing here writes: saves go
 * to the backend untouched, to the layer paths the editor already uses.
 */
import type { CMS } from 'decap-cms-core';
import type { LayerCollection, LayerData } from './layer-data.ts';

/** An entry as Decap's backend implementations hand it over. */
interface ImplementationEntry {
  readonly data: string;
  readonly file: { readonly path: string; readonly id?: string | null; readonly [key: string]: unknown };
}

/** The reading part of a Decap backend implementation (decap-cms-lib-util's Implementation). */
interface ReadingImplementation {
  entriesByFolder(folder: string, extension: string, depth: number): Promise<ImplementationEntry[]>;
  allEntriesByFolder?(folder: string, extension: string, depth: number, pathRegex?: RegExp): Promise<ImplementationEntry[]>;
  getEntry(path: string): Promise<ImplementationEntry>;
}

/**
 * Wraps the backends the editor may use: GitHub on the published site, and Decap's
 * local proxy, which replaces it whenever the editor runs on localhost. Decap's
 * registry refuses a second registration of a name, so the registered factory is wrapped.
 */
export function readUpstreamThroughLayer(cms: CMS, layer: LayerData): void {
  for (const name of ['github', 'proxy']) {
    const registered = cms.getBackend(name) as { init: (...args: unknown[]) => unknown } | undefined;
    if (!registered) continue;
    const init = registered.init;
    registered.init = (...args: unknown[]) => throughLayer(init(...args) as ReadingImplementation, layer);
  }
}

/** The implementation with its reads of the layer's folders completed from upstream. */
export function throughLayer<T extends ReadingImplementation>(implementation: T, layer: LayerData): T {
  const byFolder = new Map(Object.values(layer.collections).map((collection) => [collection.folder, collection] as const));
  const collectionOfPath = (path: string) => byFolder.get(path.slice(0, path.lastIndexOf('/')));

  const withUpstream = async (folder: string, own: ImplementationEntry[], list: (upstreamFolder: string) => Promise<ImplementationEntry[]>) => {
    const collection = byFolder.get(folder);
    if (!collection) return own;
    const present = new Set(own.map((entry) => entry.file.path));
    const missing = Object.entries(collection.upstream).filter(([slug]) => !present.has(layerPath(collection, slug)));
    // One listing per upstream folder (content/recipes, a franchise layer's recipes…), not one read per entry.
    const folders = [...new Set(missing.filter(([, entry]) => entry.text === undefined).map(([, entry]) => entry.path.slice(0, entry.path.lastIndexOf('/'))))];
    const listed = new Map((await Promise.all(folders.map((upstreamFolder) => list(upstreamFolder).catch(() => [])))).flat().map((entry) => [entry.file.path, entry] as const));
    const upstream = missing.flatMap(([slug, entry]) => {
      const data = entry.text ?? listed.get(entry.path)?.data;
      return data === undefined ? [] : [{ data, file: { path: layerPath(collection, slug), id: null } }];
    });
    return [...own, ...upstream];
  };

  const ownEntries = (read: () => Promise<ImplementationEntry[]>) => read().catch(() => [] as ImplementationEntry[]);

  const reads: Partial<ReadingImplementation> = {
    entriesByFolder: async (folder, extension, depth) =>
      withUpstream(folder, await ownEntries(() => implementation.entriesByFolder(folder, extension, depth)), (upstream) => implementation.entriesByFolder(upstream, extension, depth)),
    getEntry: async (path) => {
      const collection = collectionOfPath(path);
      const slug = collection && path.slice(collection.folder.length + 1, -collection.extension.length);
      const upstream = slug === undefined ? undefined : collection?.upstream[slug];
      if (!upstream) return implementation.getEntry(path);
      const data = upstream.text ?? (await implementation.getEntry(upstream.path)).data;
      return { data, file: { path, id: null } };
    },
  };
  if (implementation.allEntriesByFolder) {
    const all = implementation.allEntriesByFolder.bind(implementation);
    reads.allEntriesByFolder = async (folder, extension, depth, pathRegex) =>
      withUpstream(folder, await ownEntries(() => all(folder, extension, depth, pathRegex)), (upstream) => all(upstream, extension, depth));
  }

  return new Proxy(implementation, {
    get(target, property, receiver) {
      if (typeof property === 'string' && Object.hasOwn(reads, property)) return reads[property as keyof ReadingImplementation];
      const value = Reflect.get(target, property, receiver) as unknown;
      // Decap's implementations are classes: their methods need the real instance as `this`.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function layerPath(collection: LayerCollection, slug: string): string {
  return `${collection.folder}/${slug}${collection.extension}`;
}
