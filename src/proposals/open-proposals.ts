/**
 * Open proposals with what each changes: the local editor's `cms/*` branches, and
 * the repository's pull requests on GitHub when a token is configured.
 */
import { compareRevisions, type RevisionComparison } from '../binder/revision-diff.ts';
import { git, gitMaybe } from '../binder/git.ts';
import type { DiffReport } from '../domain/kitchen-diff/report.ts';
import { gitTokenEnv, withoutToken } from './git-token-env.ts';
import { GitHubProposalsError, listOpenPullRequests, type PullRequestListing } from './github-pull-requests.ts';
import { listLocalProposals } from './proposal-repo.ts';
import { proposerOf } from '../governance/proposer.ts';

export { GitHubProposalsError } from './github-pull-requests.ts';

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
  /** The revisions `npm run diff -- <base> <head>` takes to show this diff again. */
  readonly base: string;
  readonly head: string;
  readonly report: DiffReport;
  /** The branch tip it would merge into, whose rules judge it. */
  readonly target: string;
  /** Who proposed it: the pull request's author, or the branch's first commit author. */
  readonly proposer: string;
  /** Both sides as the checker read them, for the governance judge. */
  readonly comparison: RevisionComparison;
}

/** The local editor's proposals in `repoDir`, each diffed from where it branched off `branch`. */
export async function localOpenProposals(repoDir: string, branch: string): Promise<OpenProposal[]> {
  const proposals = await listLocalProposals(repoDir);
  return Promise.all(
    proposals.map(async (proposal) => {
      const { base, report, comparison } = await diffFromBranchPoint(repoDir, { revision: branch, name: branch }, { revision: proposal.branch, name: proposal.branch });
      const commits = (await git(repoDir, ['log', '--format=%an%x00%ae%x00%s', `${base}..${proposal.branch}`])).split('\n').filter(Boolean);
      const [name = '', email = '', reason = ''] = commits.at(-1)?.split('\0') ?? [];
      const proposer = proposerOf(name, email);
      return { source: 'local' as const, id: proposal.branch, reason, status: STATUS_NAMES[proposal.status] ?? proposal.status, base, head: proposal.branch, report, target: branch, proposer, comparison };
    }),
  );
}

/** Runs git in a folder, with extra environment variables; replaceable, for tests. */
export type GitRunner = (cwd: string, args: readonly string[], env?: NodeJS.ProcessEnv) => Promise<string>;

/** Where pull requests are read from; each replaceable, for tests. */
export interface GitHubAccess extends PullRequestListing {
  /** The git remote the pull-request refs are fetched from (default: the repository on github.com). */
  readonly remoteUrl?: string | undefined;
  /** Runs the `git fetch` that brings each pull request's head (default: git itself). */
  readonly git?: GitRunner | undefined;
}

/**
 * Open pull requests of `owner/name`, each fetched into the local repository
 * (`refs/proposals/pr-<n>`, never a branch the user works on) and diffed against
 * its base. The token reaches git through its environment only (see gitTokenEnv),
 * so private repositories work and the token is never written down.
 */
export async function githubOpenProposals(
  repoDir: string,
  repository: { owner: string; name: string },
  token: string,
  access: GitHubAccess = {},
): Promise<OpenProposal[]> {
  const pulls = await listOpenPullRequests(repository, token, access);
  const remote = access.remoteUrl ?? `https://github.com/${repository.owner}/${repository.name}.git`;
  const runGit = access.git ?? git;
  const tokenEnv = gitTokenEnv(remote, token);
  const proposals: OpenProposal[] = [];
  for (const pull of pulls) {
    const head = `refs/proposals/pr-${pull.number}`;
    const baseTip = `refs/proposals/base-${pull.number}`;
    try {
      await runGit(repoDir, ['fetch', '--quiet', remote, `+refs/pull/${pull.number}/head:${head}`, `+refs/heads/${pull.base.ref}:${baseTip}`], tokenEnv);
    } catch (error) {
      throw new GitHubProposalsError(
        withoutToken(
          `Could not fetch pull request #${pull.number} from ${remote}: ${(error as Error).message} — check that GITHUB_TOKEN can read the repository's contents (a fine-grained token needs "Contents: read")`,
          token,
        ),
      );
    }
    const label = pull.labels.map((l) => l.name).find((name) => name.startsWith('decap-cms/'));
    const status = label ? (STATUS_NAMES[label.slice('decap-cms/'.length)] ?? label.slice('decap-cms/'.length)) : 'open';
    const { base, report, comparison } = await diffFromBranchPoint(repoDir, { revision: baseTip, name: pull.base.ref }, { revision: head, name: `#${pull.number}` });
    proposals.push({ source: 'github', id: `#${pull.number}`, reason: pull.title, status, url: pull.html_url, base, head, report, target: baseTip, proposer: pull.user?.login ?? '', comparison });
  }
  return proposals;
}

/** A revision, and the name the kitchen diff shows for it. */
interface NamedRevision {
  readonly revision: string;
  readonly name: string;
}

/**
 * The kitchen diff of `head` from where it branched off `target` (so later work on
 * the target is not shown as undone by the proposal). The report names the base
 * `main`, or `main at 1a2b3c4` once main has moved on, never a bare commit id.
 */
async function diffFromBranchPoint(repoDir: string, target: NamedRevision, head: NamedRevision): Promise<{ base: string; report: DiffReport; comparison: RevisionComparison }> {
  const mergeBase = await gitMaybe(repoDir, ['merge-base', target.revision, head.revision]);
  const targetTip = await gitMaybe(repoDir, ['rev-parse', '--verify', `${target.revision}^{commit}`]);
  const movedOn = mergeBase !== undefined && mergeBase !== targetTip;
  const base = movedOn ? mergeBase : target.revision;
  const baseName = movedOn ? `${target.name} at ${mergeBase.slice(0, 7)}` : target.name;
  const comparison = await compareRevisions({ repoDir, base, head: head.revision });
  return { base, report: { ...comparison.report, baseRef: baseName, headRef: head.name }, comparison };
}

/** `owner` and `name` of a GitHub repository URL, or undefined for another host. */
export function githubRepository(url: string): { owner: string; name: string } | undefined {
  const match = /^https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  return match ? { owner: match[1]!, name: match[2]! } : undefined;
}
