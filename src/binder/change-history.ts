/**
 * Each entry's visible change history, read from git once per build (one `git log`
 * for the whole binder, never one per page). A proposal's commit message is the
 * proposer's one-line reason, so the history reads as why each change was made.
 */
import { acceptanceText, parseAcceptance } from '../domain/governance/trailers.ts';
import { git } from './git.ts';

/** One change to an entry file. */
export interface ChangeRecord {
  readonly commit: string;
  /** ISO 8601 author date. */
  readonly date: string;
  readonly author: string;
  /** The commit's subject line, the reason given for the change, cut to SUMMARY_LENGTH at a word (the full one is a link away). */
  readonly summary: string;
  /** When and on whose word it was accepted, from the trailers of the merge that brought it in (or its own, when squashed). */
  readonly accepted?: { readonly date: string; readonly text: string } | undefined;
}

/** Change records by file path in the repository (`content/recipes/margherita.mdx`), newest first. */
export type ChangeHistory = ReadonlyMap<string, readonly ChangeRecord[]>;

const RECORD = '\x1e';
const FIELD = '\x1f';

/** The acceptance trailers on one line each (see src/domain/governance/trailers.ts). */
const TRAILERS = '%(trailers:key=Reviewed-by,key=Tested-by,key=Override,key=Peer-review,separator=%x1d)';

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
  let merges: string;
  try {
    [log, merges] = await Promise.all([
      git(repoDir, ['log', '--use-mailmap', '--no-merges', '--no-renames', `--format=${RECORD}%H${FIELD}%aI${FIELD}%aN${FIELD}%s${FIELD}${TRAILERS}`, '--name-only', '--', ...folders]),
      // Accepted proposals: the merges on the branch's own line that carry the acceptance trailers.
      git(repoDir, ['log', '--merges', '--first-parent', `--format=%H${FIELD}%aI${FIELD}%P${FIELD}${TRAILERS}`]),
    ]);
  } catch {
    return new Map();
  }
  const accepted = await acceptedCommits(repoDir, merges);
  return parseChangeLog(log, folders, perFile, accepted);
}

/**
 * By commit: the acceptance of the merge that brought it in. A proposal's commits are
 * those on its side of the merge, back to where it left the main line; one walk over
 * the parents of every commit, read with one `git log`, only when something was accepted.
 */
async function acceptedCommits(repoDir: string, merges: string): Promise<Map<string, { date: string; text: string }>> {
  const accepted = new Map<string, { date: string; text: string }>();
  const found = merges
    .split('\n')
    .map((line) => line.split(FIELD))
    .flatMap(([commit, date, parents, trailers]) => {
      const acceptance = parseAcceptance((trailers ?? '').split('\x1d').join('\n'));
      return commit && date && parents && acceptance ? [{ commit, date, parents: parents.split(' '), text: acceptanceText(acceptance) }] : [];
    });
  if (found.length === 0) return accepted;
  const parentsOf = new Map(
    (await git(repoDir, ['log', '--format=%H %P']))
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const [commit, ...parents] = line.split(' ');
        return [commit!, parents] as const;
      }),
  );
  const mainLine = new Set((await git(repoDir, ['rev-list', '--first-parent', 'HEAD'])).split('\n'));
  for (const merge of found) {
    const stack = merge.parents.slice(1);
    while (stack.length > 0) {
      const commit = stack.pop()!;
      if (mainLine.has(commit) || accepted.has(commit)) continue;
      accepted.set(commit, { date: merge.date, text: merge.text });
      stack.push(...(parentsOf.get(commit) ?? []));
    }
  }
  return accepted;
}

/** Parses the output of the `git log` above; exported for tests. */
export function parseChangeLog(log: string, folders: readonly string[], perFile: number, accepted: ReadonlyMap<string, { date: string; text: string }> = new Map()): ChangeHistory {
  const history = new Map<string, ChangeRecord[]>();
  const prefixes = folders.map((folder) => `${folder.replace(/\/+$/, '')}/`);
  for (const block of log.split(RECORD)) {
    const [header = '', ...files] = block.split('\n');
    const [commit, date, author, summary, trailers = ''] = header.split(FIELD);
    if (!commit || !date || author === undefined || summary === undefined) continue;
    // A squashed proposal carries its own acceptance trailers.
    const own = parseAcceptance(trailers.split('\x1d').join('\n'));
    const acceptance = own ? { date, text: acceptanceText(own) } : accepted.get(commit);
    for (const file of files) {
      if (!prefixes.some((prefix) => file.startsWith(prefix))) continue;
      const key = file;
      const records = history.get(key) ?? [];
      if (records.length < perFile) records.push({ commit, date, author, summary: shortSummary(summary), ...(acceptance ? { accepted: acceptance } : {}) });
      history.set(key, records);
    }
  }
  return history;
}

/** Longer subjects are cut: every page lists its last changes, and a long one would weigh on each. */
export const SUMMARY_LENGTH = 140;

/** A subject cut at the last word before SUMMARY_LENGTH, with "…". */
export function shortSummary(subject: string): string {
  if (subject.length <= SUMMARY_LENGTH) return subject;
  const cut = subject.slice(0, SUMMARY_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(—-]+$/, '')}…`;
}
