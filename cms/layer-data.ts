/**
 * What a fork's editor needs to show the whole binder while writing only into the
 * restaurant's own layer: for every entry the layer does not hold itself, where its
 * file is (upstream's content/, or a layer below), and for a patched entry the entry
 * as patched. Built at site build time (src/pages/admin/layer.json.ts), read by
 * cms/layered-backend.ts.
 */
import type { CollectionName } from '../src/schemas/reference.ts';

export interface UpstreamEntry {
  /** The file in the repository the entry is read from. */
  readonly path: string;
  /** For an entry this restaurant patches: the file as patched, which the editor opens instead. */
  readonly text?: string;
}

/** One collection of a fork's editor. */
export interface LayerCollection {
  /** The collection's folder in the layer, which the editor lists and saves into: `layers/brooklyn/recipes`. */
  readonly folder: string;
  /** Its entries' file extension, with the dot. */
  readonly extension: string;
  /** By slug: the entries read from below the layer. */
  readonly upstream: Readonly<Record<string, UpstreamEntry>>;
}

export interface LayerData {
  /** The fork's own layer, `layers/<name>`: every save goes there. */
  readonly folder: string;
  readonly collections: { readonly [C in CollectionName]?: LayerCollection };
}
