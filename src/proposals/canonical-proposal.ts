/**
 * Puts each file of a proposal into the binder's canonical form before it is
 * committed. Decap sorts only top-level fields; an optional nested field filled in
 * the editor lands at the end of its object. Re-sorting here keeps a local proposal
 * the one-field diff it should be, and `npm run check` happy.
 */
import { CanonicalFormError, type CanonicalForm } from '../binder/canonical-form.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../schemas/collections.ts';
import { collectionJsonSchema, jsonSchemaOf } from '../schemas/json-schema.ts';
import type { CollectionName } from '../schemas/reference.ts';
import { collectionFolderOf } from './request-guard.ts';
import { BASE_LAYER } from '../schemas/layer.ts';
import { RECORD_FOLDER_NAMES, RECORD_FOLDERS } from '../schemas/records.ts';
import { translatedCollectionOf, translationSchemaOf } from '../schemas/translation.ts';

/** The collection an entry file belongs to, or undefined (site file, media, anything else). */
export function collectionOfPath(target: string, binderFolder?: string): CollectionName | undefined {
  const collection = collectionFolderOf(target, binderFolder);
  return collection !== undefined && target.endsWith(extensionOf(collection)) ? collection : undefined;
}

/** The text to commit for `raw` at `target`: canonical when it can be, else as written (check reports it). */
export function canonicalProposalText(canonical: CanonicalForm, target: string, raw: string, binderFolder = BASE_LAYER): string {
  const collection = collectionOfPath(target, binderFolder);
  const record = RECORD_FOLDER_NAMES.find((name) => target.startsWith(`${binderFolder}/${RECORD_FOLDERS[name].directory}/`) && target.endsWith('.yaml'));
  const translated = target.startsWith(`${binderFolder}/`) ? translatedCollectionOf(target.slice(binderFolder.length + 1)) : undefined;
  if (!collection && !record && !translated) return raw;
  try {
    if (record) return canonical.of('yaml', raw, jsonSchemaOf(RECORD_FOLDERS[record].schema));
    if (translated) return canonical.of(BINDER_COLLECTIONS[translated].format, raw, jsonSchemaOf(translationSchemaOf(translated)));
    return canonical.of(BINDER_COLLECTIONS[collection!].format, raw, collectionJsonSchema(collection!));
  } catch (error) {
    if (error instanceof CanonicalFormError) return raw;
    throw error;
  }
}
