/**
 * The proposer's "Why this change?" becomes the commit message, and so the pull
 * request's title, instead of Decap's "Update Recipe “margherita”"; it is never
 * written into the content file. Browser side: call before `CMS.init`.
 *
 * Decap offers no hook for the commit message, so two of its hooks are joined:
 * a `preSave` listener takes the reason out of the entry (and drops empty values,
 * see empty-values.ts) before Decap serialises the file, and the `github` and
 * `proxy` backends' `persistEntry` are wrapped to commit with that reason.
 */
import type { CMS } from 'decap-cms-core';
import { commitMessageFromReason } from './commit-message.ts';
import { emptyValuePaths, type DataPath } from './empty-values.ts';
import { nestedReorders, type OrderedField } from './field-order.ts';
import { REASON_FIELD_NAME } from './reason-field.ts';

/** The parts of Decap's Immutable entry data this file touches. */
interface EntryData {
  get(key: string): unknown;
  delete(key: string): EntryData;
  deleteIn(path: DataPath): EntryData;
  getIn(path: DataPath): unknown;
  setIn(path: DataPath, value: unknown): EntryData;
  toJS(): unknown;
}

/** A nested object of entry data, as Immutable holds it. */
interface ImmutableObject {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableObject;
  clear(): ImmutableObject;
}
interface EntryMap {
  get(key: 'data'): EntryData;
  get(key: 'collection'): string;
}

interface PersistOptions {
  commitMessage: string;
  collectionName: string;
}

interface BackendImplementation {
  persistEntry(entry: unknown, options: PersistOptions): Promise<unknown>;
}

/** Backends whose commits carry the reason: GitHub (the live site) and the local proxy (npm start). */
const REASON_BACKENDS = ['github', 'proxy'] as const;

/** Collections by name, with their editor fields (for the schema's nested field order). */
export type FieldsByCollection = ReadonlyMap<string, readonly OrderedField[]>;

export function registerReasonHandling(cms: CMS, fieldsByCollection: FieldsByCollection = new Map()): void {
  // One save runs at a time per collection; its reason waits here between the two hooks.
  const pending = new Map<string, string>();

  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      const map = entry as unknown as EntryMap;
      let data = map.get('data');
      pending.set(map.get('collection'), String(data.get(REASON_FIELD_NAME) ?? ''));
      data = data.delete(REASON_FIELD_NAME);
      for (const path of emptyValuePaths(data.toJS())) data = data.deleteIn(path);
      // Nested fields back in schema order (see field-order.ts). Each object is rebuilt
      // from empty: Immutable's small maps keep insertion order but reshuffle on delete.
      for (const { path, keys } of nestedReorders(data.toJS(), fieldsByCollection.get(map.get('collection')) ?? [])) {
        const object = data.getIn(path) as ImmutableObject;
        data = data.setIn(path, keys.reduce((fresh, key) => fresh.set(key, object.get(key)), object.clear()));
      }
      return data;
    },
  });

  for (const name of REASON_BACKENDS) {
    const registered = cms.getBackend(name);
    if (!registered) continue;
    const init = registered.init as (...args: unknown[]) => BackendImplementation;
    registered.init = (...args: unknown[]) => {
      const implementation = init(...args);
      const persistEntry = implementation.persistEntry.bind(implementation);
      implementation.persistEntry = (entry, options) => {
        const reason = pending.get(options.collectionName);
        pending.delete(options.collectionName);
        return persistEntry(entry, { ...options, commitMessage: commitMessageFromReason(reason, options.commitMessage) });
      };
      return implementation;
    };
  }
}
