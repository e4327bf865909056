import { BINDER_COLLECTIONS, extensionOf } from '../../schemas/collections.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/reference.ts';
import type { BinderEntries } from '../binder.ts';
import { findReferences, type SchemaNode } from '../references.ts';
import { orList, suggest } from '../suggest.ts';
import type { Report } from './report.ts';

/** Entry data by collection and slug; raw (unvalidated) data walks the same way. */
export type EntriesToCheck = { readonly [C in keyof BinderEntries]: ReadonlyMap<string, unknown> };

/**
 * Every reference must name an entry that exists. `knownIds` also holds entries that
 * failed their own schema, so one typo is not reported twice (once as a broken reference).
 * References are found through the schema, so this also runs on the raw data of an entry
 * that failed its schema: a chef fixing one error should not discover the next only later.
 */
export function checkReferences(
  binder: EntriesToCheck,
  schemaOf: (collection: CollectionName) => SchemaNode,
  knownIds: ReadonlyMap<CollectionName, ReadonlySet<string>>,
  report: Report,
): void {
  for (const collection of COLLECTION_NAMES) {
    const schema = schemaOf(collection);
    for (const [id, data] of binder[collection]) {
      for (const ref of findReferences(schema, data)) {
        const ids = knownIds.get(ref.collection) ?? new Set<string>();
        if (ids.has(ref.id)) continue;
        const target = BINDER_COLLECTIONS[ref.collection];
        const newFile = `content/${target.directory}/${ref.id}${extensionOf(ref.collection)}`;
        const guesses = suggest(ref.id, [...ids]);
        report(
          { collection, id, path: ref.path },
          `\`${ref.id}\` is not in ${target.label.toLowerCase()}`,
          guesses.length > 0
            ? `did you mean ${orList(guesses)}? Otherwise add ${newFile}`
            : `use the slug (file name) of an existing entry in content/${target.directory}/, or add ${newFile}`,
        );
      }
    }
  }
}
