/**
 * The binder's change history for pages: read from git once per build (see
 * src/binder/change-history.ts), so each page only looks its own files up.
 */
import { readChangeHistory, type ChangeHistory, type ChangeRecord } from '../binder/change-history.ts';

/** How many changes a page lists; the rest are one link away, so pages keep their size. */
export const CHANGES_SHOWN = 5;

let loading: Promise<ChangeHistory> | undefined;

/** Builds run from the project root (npm scripts do), where content/ and layers/ are. */
export function loadChangeHistory(): Promise<ChangeHistory> {
  loading ??= readChangeHistory(process.cwd(), undefined, CHANGES_SHOWN);
  return loading;
}

/**
 * Newest first, at most {@link CHANGES_SHOWN}, over the files an entry comes from
 * (in a fork, its own file and its patch), each commit once.
 */
export async function changesOf(files: readonly string[]): Promise<readonly ChangeRecord[]> {
  const history = await loadChangeHistory();
  const records = new Map(files.flatMap((file) => history.get(file) ?? []).map((record) => [record.commit, record] as const));
  return [...records.values()].sort((a, b) => b.date.localeCompare(a.date)).slice(0, CHANGES_SHOWN);
}

/** The repository's page listing every change to a file (GitHub's layout); `file` is its path in the repository. */
export function fileHistoryUrl(repository: string, branch: string, file: string): string {
  return `${repository.replace(/\/+$/, '').replace(/\.git$/, '')}/commits/${encodeURIComponent(branch)}/${file}`;
}
