import { BINDER_COLLECTIONS } from '../schemas/collections.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/reference.ts';
import { deriveAllergens, type DerivedAllergens } from './allergen-derivation.ts';
import type { BinderEntries } from './binder.ts';
import { findReferences, type SchemaNode } from './references.ts';

/** An entry that points at another one, and the field it points from. */
export interface BackLink {
  readonly collection: CollectionName;
  readonly id: string;
  readonly field: string;
}

/**
 * Everything the site needs that spans the binder, computed once per build:
 * derived allergens, back-links ("used in", "referenced by") and display names.
 * Pages read from it instead of walking the binder, so a page costs the same at
 * 20 entries or 10,000.
 */
export interface BinderIndex {
  readonly allergens: ReadonlyMap<string, DerivedAllergens>;
  /** Entries that reference `collection/id`, sorted by collection order then title. */
  referencedBy(collection: CollectionName, id: string): readonly BackLink[];
  /** The display name (title or name) of an entry, or the slug when it is unknown. */
  title(collection: CollectionName, id: string): string;
  /** A collection's entry ids sorted by display name. */
  sortedIds(collection: CollectionName): readonly string[];
}

export function buildBinderIndex(binder: BinderEntries, schemaOf: (collection: CollectionName) => SchemaNode): BinderIndex {
  const titles = new Map<string, string>();
  const sorted = new Map<CollectionName, string[]>();
  for (const collection of COLLECTION_NAMES) {
    const field = BINDER_COLLECTIONS[collection].titleField;
    for (const [id, data] of binder[collection]) titles.set(key(collection, id), String((data as Record<string, unknown>)[field] ?? id));
    sorted.set(collection, [...binder[collection].keys()].sort((a, b) => compareTitles(titles.get(key(collection, a)), titles.get(key(collection, b)))));
  }
  const title = (collection: CollectionName, id: string) => titles.get(key(collection, id)) ?? id;

  const backLinks = new Map<string, BackLink[]>();
  for (const collection of COLLECTION_NAMES) {
    const schema = schemaOf(collection);
    for (const [id, data] of binder[collection]) {
      const seen = new Set<string>();
      for (const ref of findReferences(schema, data)) {
        const target = key(ref.collection, ref.id);
        if (seen.has(target)) continue; // one back-link per referring entry
        seen.add(target);
        const links = backLinks.get(target) ?? [];
        links.push({ collection, id, field: String(ref.path[0]) });
        backLinks.set(target, links);
      }
    }
  }
  const order = new Map(COLLECTION_NAMES.map((c, i) => [c, i]));
  for (const links of backLinks.values()) {
    links.sort((a, b) => (order.get(a.collection) ?? 0) - (order.get(b.collection) ?? 0) || compareTitles(title(a.collection, a.id), title(b.collection, b.id)));
  }

  return {
    allergens: deriveAllergens(binder),
    referencedBy: (collection, id) => backLinks.get(key(collection, id)) ?? [],
    title,
    sortedIds: (collection) => sorted.get(collection) ?? [],
  };
}

function key(collection: CollectionName, id: string): string {
  return `${collection}/${id}`;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
function compareTitles(a: string | undefined, b: string | undefined): number {
  return collator.compare(a ?? '', b ?? '');
}
