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

/** Change records by file path relative to the content folder (`recipes/margherita.mdx`), newest first. */
export type ChangeHistory = ReadonlyMap<string, readonly ChangeRecord[]>;

const RECORD = '\x1e';
const FIELD = '\x1f';

/**
 * Reads the history of every file under `contentFolder` (relative to `repoDir`),
 * keeping the newest `perFile` changes of each. Merge commits are left out: the
 * proposal's own commit carries the reason. Outside a git checkout (a downloaded
 * archive) the history is simply empty.
 */
export async function readChangeHistory(repoDir: string, contentFolder = 'content', perFile = 10): Promise<ChangeHistory> {
  let log: string;
  try {
    log = await git(repoDir, ['log', '--no-merges', '--no-renames', `--format=${RECORD}%H${FIELD}%aI${FIELD}%an${FIELD}%s`, '--name-only', '--', contentFolder]);
  } catch {
    return new Map();
  }
  return parseChangeLog(log, contentFolder, perFile);
}

/** Parses the output of the `git log` above; exported for tests. */
export function parseChangeLog(log: string, contentFolder: string, perFile: number): ChangeHistory {
  const history = new Map<string, ChangeRecord[]>();
  const prefix = `${contentFolder.replace(/\/+$/, '')}/`;
  for (const block of log.split(RECORD)) {
    const [header = '', ...files] = block.split('\n');
    const [commit, date, author, summary] = header.split(FIELD);
    if (!commit || !date || author === undefined || summary === undefined) continue;
    for (const file of files) {
      if (!file.startsWith(prefix)) continue;
      const key = file.slice(prefix.length);
      const records = history.get(key) ?? [];
      if (records.length < perFile) records.push({ commit, date, author, summary });
      history.set(key, records);
    }
  }
  return history;
}
