/**
 * Open proposals with what each changes: the local editor's `cms/*` branches, and
 * the repository's pull requests on GitHub when a token is configured.
 */
import { diffRevisions } from '../binder/revision-diff.ts';
import { git, gitMaybe } from '../binder/git.ts';
import type { DiffReport } from '../domain/kitchen-diff/report.ts';
import { listLocalProposals } from './proposal-repo.ts';

/** Decap's workflow states, as the editor's columns name them. */
export const STATUS_NAMES: Readonly<Record<string, string>> = {
  draft: 'draft',
  pending_review: 'in review',
  pending_publish: 'ready',
};

/** One open proposal and its kitchen diff against where it started. */
export interface OpenProposal {
  /** `local` for a branch from the local editor, `github` for a pull request. */
  readonly source: 'local' | 'github';
  /** The branch name, or `#12` for a pull request. */
  readonly id: string;
  /** The proposer's one-line reason (the first commit's subject, or the pull request title). */
  readonly reason: string;
  /** draft, in review, ready, or what the label says. */
  readonly status: string;
  readonly url?: string;
  readonly report: DiffReport;
}

/** The local editor's proposals in `repoDir`, each diffed from where it branched off `branch`. */
export async function localOpenProposals(repoDir: string, branch: string): Promise<OpenProposal[]> {
  const proposals = await listLocalProposals(repoDir);
  return Promise.all(
    proposals.map(async (proposal) => {
      const base = (await gitMaybe(repoDir, ['merge-base', branch, proposal.branch])) ?? branch;
      const subjects = await git(repoDir, ['log', '--format=%s', `${base}..${proposal.branch}`]);
      const reason = subjects.split('\n').filter(Boolean).at(-1) ?? '';
      const report = await diffRevisions({ repoDir, base, head: proposal.branch });
      return { source: 'local' as const, id: proposal.branch, reason, status: STATUS_NAMES[proposal.status] ?? proposal.status, report };
    }),
  );
}

/** What the GitHub REST API says of an open pull request (the fields used here). */
interface PullRequest {
  readonly number: number;
  readonly title: string;
  readonly html_url: string;
  readonly labels: ReadonlyArray<{ readonly name: string }>;
  readonly base: { readonly ref: string };
}

/** Reading pull requests failed, and why. */
export class GitHubProposalsError extends Error {
  override readonly name = 'GitHubProposalsError';
}

/** Where pull requests are read from; both replaceable, for tests. */
export interface GitHubAccess {
  readonly fetchImpl?: typeof fetch;
  /** The git remote the pull-request refs are fetched from (default: the repository on github.com). */
  readonly remoteUrl?: string;
}

/**
 * Open pull requests of `owner/name`, each fetched into the local repository
 * (`refs/proposals/pr-<n>`, never a branch the user works on) and diffed against
 * its base.
 */
export async function githubOpenProposals(
  repoDir: string,
  repository: { owner: string; name: string },
  token: string,
  access: GitHubAccess = {},
): Promise<OpenProposal[]> {
  const fetchImpl = access.fetchImpl ?? fetch;
  const api = `https://api.github.com/repos/${repository.owner}/${repository.name}/pulls?state=open&per_page=100`;
  const response = await fetchImpl(api, { headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'user-agent': 'open-franchise' } });
  if (!response.ok) {
    throw new GitHubProposalsError(`GitHub answered ${response.status} for ${api} — check that GITHUB_TOKEN can read the repository's pull requests`);
  }
  const pulls = (await response.json()) as PullRequest[];
  const remote = access.remoteUrl ?? `https://github.com/${repository.owner}/${repository.name}.git`;
  const proposals: OpenProposal[] = [];
  for (const pull of pulls) {
    const ref = `refs/proposals/pr-${pull.number}`;
    await git(repoDir, ['fetch', '--quiet', remote, `+refs/pull/${pull.number}/head:${ref}`, `+refs/heads/${pull.base.ref}:refs/proposals/base-${pull.number}`]);
    const base = (await gitMaybe(repoDir, ['merge-base', `refs/proposals/base-${pull.number}`, ref])) ?? `refs/proposals/base-${pull.number}`;
    const label = pull.labels.map((l) => l.name).find((name) => name.startsWith('decap-cms/'));
    const status = label ? (STATUS_NAMES[label.slice('decap-cms/'.length)] ?? label.slice('decap-cms/'.length)) : 'open';
    const report = await diffRevisions({ repoDir, base, head: ref });
    proposals.push({ source: 'github', id: `#${pull.number}`, reason: pull.title, status, url: pull.html_url, report });
  }
  return proposals;
}

/** `owner` and `name` of a GitHub repository URL, or undefined for another host. */
export function githubRepository(url: string): { owner: string; name: string } | undefined {
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? { owner: match[1]!, name: match[2]! } : undefined;
}
