/**
 * The binder's change history for pages: read from git once per build (see
 * src/binder/change-history.ts), so each page only looks its own file up.
 */
import { readChangeHistory, type ChangeHistory, type ChangeRecord } from '../binder/change-history.ts';
import { BINDER_COLLECTIONS, extensionOf } from '../schemas/collections.ts';
import type { CollectionName } from '../schemas/reference.ts';

/** How many changes a page lists; the rest are one link away, so pages keep their size. */
export const CHANGES_SHOWN = 5;

let loading: Promise<ChangeHistory> | undefined;

/** Builds run from the project root (npm scripts do), where content/ is. */
export function loadChangeHistory(): Promise<ChangeHistory> {
  loading ??= readChangeHistory(process.cwd(), 'content', CHANGES_SHOWN);
  return loading;
}

/** The path of an entry's file inside content/, as git and the repository show it. */
export function entryFilePath(collection: CollectionName, id: string): string {
  return `${BINDER_COLLECTIONS[collection].directory}/${id}${extensionOf(collection)}`;
}

/** Newest first, at most {@link CHANGES_SHOWN}. */
export async function changesOf(collection: CollectionName, id: string): Promise<readonly ChangeRecord[]> {
  return (await loadChangeHistory()).get(entryFilePath(collection, id)) ?? [];
}

/** The repository's page listing every change to a file (GitHub's layout). */
export function fileHistoryUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/+$/, '').replace(/\.git$/, '')}/commits/${encodeURIComponent(branch)}/content/${file}`;
}
