/**
 * Each entry's visible change history, read from git once per build (one `git log`
 * for the whole binder, never one per page). A proposal's commit message is the
 * proposer's one-line reason, so the history reads as why each change was made.
 */
import { git } from './git.ts';

/** One change to an entry file. */
export interface ChangeRecord {
  readonly commit: string;
  /** ISO 8601 author date. */
  readonly date: string;
  readonly author: string;
  /** The commit's subject line: the reason given for the change. */
  readonly summary: string;
}

/** Change records by file path in the repository (`content/recipes/margherita.mdx`), newest first. */
export type ChangeHistory = ReadonlyMap<string, readonly ChangeRecord[]>;

const RECORD = '\x1e';
const FIELD = '\x1f';

/** The binder's folders: upstream's content and a fork's layers. */
const BINDER_FOLDERS = ['content', 'layers'];

/**
 * Reads the history of every file under `folders` (relative to `repoDir`), keeping
 * the newest `perFile` changes of each. Merge commits are left out: the proposal's own
 * commit carries the reason. Authors go through .mailmap. Outside a git checkout (a
 * downloaded archive) the history is simply empty.
 */
export async function readChangeHistory(repoDir: string, folders: readonly string[] = BINDER_FOLDERS, perFile = 10): Promise<ChangeHistory> {
  let log: string;
  try {
    log = await git(repoDir, ['log', '--use-mailmap', '--no-merges', '--no-renames', `--format=${RECORD}%H${FIELD}%aI${FIELD}%aN${FIELD}%s`, '--name-only', '--', ...folders]);
  } catch {
    return new Map();
  }
  return parseChangeLog(log, folders, perFile);
}

/** Parses the output of the `git log` above; exported for tests. */
export function parseChangeLog(log: string, folders: readonly string[], perFile: number): ChangeHistory {
  const history = new Map<string, ChangeRecord[]>();
  const prefixes = folders.map((folder) => `${folder.replace(/\/+$/, '')}/`);
  for (const block of log.split(RECORD)) {
    const [header = '', ...files] = block.split('\n');
    const [commit, date, author, summary] = header.split(FIELD);
    if (!commit || !date || author === undefined || summary === undefined) continue;
    for (const file of files) {
      if (!prefixes.some((prefix) => file.startsWith(prefix))) continue;
      const key = file;
      const records = history.get(key) ?? [];
      if (records.length < perFile) records.push({ commit, date, author, summary });
      history.set(key, records);
    }
  }
  return history;
}
