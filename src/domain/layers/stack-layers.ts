/**
 * Stacks a binder's layers, bottom first (after Hugo's lookup order and Kustomize's
 * overlays): an entry in a higher layer replaces the one below with the same id, or
 * adds one; a patch changes some fields of the entry below; a hide leaves an entry
 * out without deleting it. Pure: the files are read and validated elsewhere.
 */
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/reference.ts';
import type { SchemaNode } from '../references.ts';
import { applyPatch, type PatchProblem } from './apply-patch.ts';

type Data = Record<string, unknown>;
type ByCollection<T> = { [C in CollectionName]: Map<string, T> };

/** What one layer brings. */
export interface LayerInput {
  /** `content` for the binder forked from, else the layer's folder name. */
  readonly name: string;
  /** Whole entries: a replacement where the layer below has the id, an addition where not. */
  readonly entries: { readonly [C in CollectionName]?: ReadonlyMap<string, unknown> };
  /** Patches of entries below, by the id they patch. */
  readonly patches: { readonly [C in CollectionName]?: ReadonlyMap<string, Data> };
  /** Entries left out from this layer up. */
  readonly hide: ReadonlyArray<{ readonly collection: CollectionName; readonly id: string }>;
}

/** One entry of the stacked binder. */
export interface StackedEntry {
  readonly data: unknown;
  /** The layer whose whole entry this is (its file holds the body). */
  readonly layer: string;
  /** Layers that patched it, bottom first. */
  readonly patchedBy: readonly string[];
}

/** A patch or a hide that does not fit the layers below it. */
export interface LayerProblem extends PatchProblem {
  readonly layer: string;
  readonly kind: 'patch' | 'hide';
  readonly collection: CollectionName;
  readonly id: string;
}

export interface Stack {
  /** The entries a reader sees. */
  readonly entries: ByCollection<StackedEntry>;
  /** Entries that exist but are hidden, with the layer that hid them. */
  readonly hidden: ByCollection<string>;
  readonly problems: LayerProblem[];
}

export function stackLayers(layers: readonly LayerInput[], schemaOf: (collection: CollectionName) => SchemaNode): Stack {
  const entries = byCollection<StackedEntry>();
  const hidden = byCollection<string>();
  const problems: LayerProblem[] = [];
  for (const layer of layers) {
    for (const collection of COLLECTION_NAMES) {
      for (const [id, data] of layer.entries[collection] ?? []) {
        entries[collection].set(id, { data, layer: layer.name, patchedBy: [] });
        hidden[collection].delete(id);
      }
    }
    for (const { collection, id } of layer.hide) {
      if (!entries[collection].delete(id)) {
        problems.push({
          layer: layer.name,
          kind: 'hide',
          collection,
          id,
          path: [],
          message: `hides \`${collection}/${id}\`, which upstream ${hidden[collection].has(id) ? 'already hides' : 'does not have'}`,
          fix: `remove \`${collection}/${id}\` from \`hide:\``,
        });
        continue;
      }
      hidden[collection].set(id, layer.name);
    }
    // After the hides: a patch of an entry this very layer hides would be dead, and is said so.
    for (const collection of COLLECTION_NAMES) {
      for (const [id, patch] of layer.patches[collection] ?? []) {
        const report = (problem: PatchProblem) => problems.push({ ...problem, layer: layer.name, kind: 'patch', collection, id });
        const below = entries[collection].get(id);
        if (layer.entries[collection]?.has(id)) {
          report({ path: [], message: `patches \`${collection}/${id}\`, which this layer also replaces whole`, fix: 'keep one: delete the patch, or fold it into the replacement and delete the patch' });
        } else if (hidden[collection].has(id)) {
          report({ path: [], message: `patches \`${collection}/${id}\`, which is hidden`, fix: `unhide it (remove \`${collection}/${id}\` from \`hide:\` in layer.yaml) or delete the patch` });
        } else if (!below) {
          report({
            path: [],
            message: `patches \`${collection}/${id}\`, which upstream no longer has`,
            fix: `upstream removed or renamed it: delete the patch, or keep the entry as this restaurant’s own by copying its last upstream version into this layer (\`npm run sync\` prints the command)`,
          });
        } else {
          const result = applyPatch(below.data as Data, patch, schemaOf(collection));
          result.problems.forEach(report);
          entries[collection].set(id, { data: result.data, layer: below.layer, patchedBy: [...below.patchedBy, layer.name] });
        }
      }
    }
  }
  return { entries, hidden, problems };
}

function byCollection<T>(): ByCollection<T> {
  return Object.fromEntries(COLLECTION_NAMES.map((collection) => [collection, new Map<string, T>()])) as ByCollection<T>;
}
