import { BINDER_COLLECTIONS } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/reference.ts';
import type { BinderEntries } from '../binder.ts';

/** Looks up an entry's display name. */
export type TitleOf = (collection: CollectionName, id: string) => string;

/**
 * Display names from the head, falling back to the base (for what was removed)
 * and then to the slug, so a renamed ingredient reads the same on both sides.
 */
export function titlesOf(head: BinderEntries, base: BinderEntries): TitleOf {
  return (collection, id) => nameIn(head, collection, id) ?? nameIn(base, collection, id) ?? id;
}

function nameIn(entries: BinderEntries, collection: CollectionName, id: string): string | undefined {
  const data = entries[collection].get(id) as Record<string, unknown> | undefined;
  const name = data?.[BINDER_COLLECTIONS[collection].titleField];
  return typeof name === 'string' ? name : undefined;
}
