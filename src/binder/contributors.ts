/**
 * Who wrote the binder, from git: every author of a commit to content/ or layers/,
 * once each (through .mailmap, so one cook with two addresses is one name). A fork
 * keeps upstream's history, so its list names the whole chain's contributors.
 */
import { gitMaybe } from './git.ts';

export interface Contributor {
  readonly name: string;
  /** Commits to the binder's content. */
  readonly commits: number;
}

const FIELD = '\x1f';

export async function readContributors(repoDir: string): Promise<Contributor[]> {
  const log = await gitMaybe(repoDir, ['log', '--use-mailmap', `--format=%aN${FIELD}%aE`, '--', 'content', 'layers']);
  return log === undefined ? [] : countContributors(log);
}

/** Counts `name␟email` lines by email (names by the newest spelling); exported for tests. */
export function countContributors(log: string): Contributor[] {
  const byEmail = new Map<string, { name: string; commits: number }>();
  for (const line of log.split('\n')) {
    const [name, email] = line.split(FIELD);
    if (!name || email === undefined) continue;
    const key = email.toLowerCase() || name;
    const known = byEmail.get(key);
    if (known) known.commits++;
    else byEmail.set(key, { name, commits: 1 });
  }
  return [...byEmail.values()].sort((a, b) => b.commits - a.commits || a.name.localeCompare(b.name));
}
