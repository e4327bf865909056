/**
 * Puts each file of a proposal into the binder's canonical form before it is
 * committed. Decap sorts only top-level fields; an optional nested field filled in
 * the editor lands at the end of its object. Re-sorting here keeps a local proposal
 * the one-field diff it should be, and `npm run check` happy.
 */
import { CanonicalFormError, type CanonicalForm } from '../binder/canonical-form.ts';
import { BINDER_COLLECTIONS, extensionOf, SITE_FILE } from '../schemas/collections.ts';
import { collectionJsonSchema } from '../schemas/json-schema.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/reference.ts';

/** The collection an entry path belongs to, or undefined (site file, media, anything else). */
export function collectionOfPath(target: string): CollectionName | undefined {
  if (target === `content/${SITE_FILE}`) return undefined;
  return COLLECTION_NAMES.find((collection) => {
    const folder = `content/${BINDER_COLLECTIONS[collection].directory}/`;
    return target.startsWith(folder) && target.endsWith(extensionOf(collection));
  });
}

/** The text to commit for `raw` at `target`: canonical when it can be, else as written (check reports it). */
export function canonicalProposalText(canonical: CanonicalForm, target: string, raw: string): string {
  const collection = collectionOfPath(target);
  if (!collection) return raw;
  try {
    return canonical.of(BINDER_COLLECTIONS[collection].format, raw, collectionJsonSchema(collection));
  } catch (error) {
    if (error instanceof CanonicalFormError) return raw;
    throw error;
  }
}
