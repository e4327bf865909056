import { COLLECTION_NAMES, type CollectionName } from '../../schemas/reference.ts';
import { findReferences, type SchemaNode } from '../references.ts';
import type { Report } from './report.ts';

type Entries = { readonly [C in CollectionName]: ReadonlyMap<string, unknown> };

/**
 * A restaurant may hide entries it does not serve, but not one that a visible entry
 * still uses: the page would link to nothing and derive allergens from nothing.
 * `hidden` maps `collection/id` to the layer that hides it.
 */
export function checkHiddenReferences(entries: Entries, schemaOf: (collection: CollectionName) => SchemaNode, hidden: ReadonlyMap<string, string>, report: Report): void {
  if (hidden.size === 0) return;
  for (const collection of COLLECTION_NAMES) {
    const schema = schemaOf(collection);
    for (const [id, data] of entries[collection]) {
      for (const ref of findReferences(schema, data)) {
        const target = `${ref.collection}/${ref.id}`;
        const layer = hidden.get(target);
        if (layer === undefined) continue;
        report(
          { collection, id, path: ref.path },
          `uses \`${target}\`, which layers/${layer}/layer.yaml hides`,
          `unhide it (remove \`${target}\` from \`hide:\` there), hide \`${collection}/${id}\` too, or stop using it here (in a layer: \`npm run customise -- ${collection}/${id} --patch\` and drop it)`,
        );
      }
    }
  }
}
