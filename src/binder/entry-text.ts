import { BINDER_COLLECTIONS } from '../schemas/collections.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import type { CollectionName } from '../schemas/reference.ts';
import type { CanonicalForm, EntryData } from './canonical-form.ts';

/**
 * The file the editor would write for an entry of `collection` holding `data` (and,
 * for MDX, `body`): what `npm run customise` copies, what a fork's editor opens for a
 * patched entry, what `npm run upstream-proposal` commits.
 */
export function entryText(canonical: CanonicalForm, collection: CollectionName, data: EntryData, body?: string): string {
  const schema = collectionJsonSchema(collection);
  if (BINDER_COLLECTIONS[collection].format === 'yaml') return canonical.yamlText(data, schema);
  return canonical.mdxText(data, body?.trim() ? body : undefined, schema);
}
