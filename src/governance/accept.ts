/**
 * `npm run accept`: merges a proposal only when its verdict allows it, and writes who
 * vouched for it into the merge commit as trailers (see trailers.ts), for local
 * branches and GitHub pull requests alike. A refused acceptance changes nothing.
 */
import { git, GitError, gitMaybe } from '../binder/git.ts';
import { acceptanceTrailers } from '../domain/governance/trailers.ts';
import { verdictLines } from '../domain/governance/render-verdict.ts';
import { summaryLines } from '../domain/kitchen-diff/summary.ts';
import { apiHeaders, API_ORIGIN, GitHubProposalsError } from '../proposals/github-pull-requests.ts';
import { peerReviewOpenPullRequests, type PeerReviewAccess } from './github-peer-review.ts';
import { localReviews } from './local-reviews.ts';
import { proposerOf } from './proposer.ts';
import { judgeProposal, type JudgedProposal } from './proposal-verdict.ts';

/** A proposal that may not be accepted yet, with what it still needs. */
export class AcceptRefusedError extends Error {
  override readonly name = 'AcceptRefusedError';
}

export interface Accepted {
  /** The merge commit (local), or the pull request's merge commit on GitHub. */
  readonly commit: string;
  readonly message: string;
  readonly judged: JudgedProposal;
}

/** The merge commit's message: the reason, the kitchen diff in one line per change, then the trailers. */
export function acceptanceMessage(title: string, judged: JudgedProposal): string {
  const summary = summaryLines(judged.report.diff);
  const shown = summary.slice(0, 30);
  return [
    title,
    '',
    ...shown,
    ...(summary.length > shown.length ? [`… and ${summary.length - shown.length} more changes`] : []),
    ...(shown.length > 0 ? [''] : []),
    ...acceptanceTrailers(judged.verdict),
  ].join('\n');
}

function refuseUnlessAcceptable(name: string, judged: JudgedProposal): void {
  const problems = judged.report.headProblems.length;
  if (problems > 0) throw new AcceptRefusedError(`${name} has ${problems} problem${problems === 1 ? '' : 's'} to fix first — run \`npm run diff\` on it to see them`);
  if (judged.verdict.state === 'satisfied' || judged.verdict.state === 'overridden') return;
  throw new AcceptRefusedError(`${name} cannot be accepted yet:\n${verdictLines(judged.verdict).join('\n')}`);
}

/**
 * Judges a local branch for acceptance into `target`, with the reviews recorded as git
 * notes in `repoDir`, and returns the merge commit's message; throws AcceptRefusedError
 * with what is missing. The editor's publish (src/proposals/local-proxy.ts) asks this too.
 */
export async function prepareLocalAcceptance(repoDir: string, branch: string, target: string): Promise<{ judged: JudgedProposal; message: string }> {
  if (branch.startsWith('-') || !(await gitMaybe(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `refs/heads/${branch}`]))) {
    throw new AcceptRefusedError(`\`${branch}\` is not a local branch — list the proposals with \`npm run proposals\``);
  }
  const base = await git(repoDir, ['merge-base', target, branch]);
  const commits = (await git(repoDir, ['log', '--reverse', '--format=%an%x00%ae%x00%s', `${base}..${branch}`])).split('\n').filter(Boolean);
  if (commits.length === 0) throw new AcceptRefusedError(`\`${branch}\` has nothing that \`${target}\` does not have already`);
  const [name = '', email = '', reason = ''] = commits[0]!.split('\0');
  const proposer = proposerOf(name, email);
  const reviews = await localReviews(repoDir, base, branch);
  const judged = await judgeProposal({ repoDir, target, base, head: branch, proposer, reviews });
  refuseUnlessAcceptable(`\`${branch}\``, judged);
  return { judged, message: acceptanceMessage(`Accept ${branch}: ${reason}`, judged) };
}

/** Accepts a local branch into `target` (the identity's branch) with a merge commit carrying the trailers. */
export async function acceptLocalProposal(repoDir: string, branch: string, target: string): Promise<Accepted> {
  const { judged, message } = await prepareLocalAcceptance(repoDir, branch, target);

  const checkedOut = await gitMaybe(repoDir, ['symbolic-ref', '--quiet', 'HEAD']);
  if (checkedOut === `refs/heads/${target}`) {
    // The cook's own working tree: git merges it as it would by hand, and refuses rather than overwrite local edits.
    try {
      await git(repoDir, ['merge', '--no-ff', '--no-edit', '-m', message, '--end-of-options', branch]);
    } catch (error) {
      if (!(error instanceof GitError)) throw error;
      await gitMaybe(repoDir, ['merge', '--abort']);
      throw new AcceptRefusedError(`git could not merge \`${branch}\` into \`${target}\`: ${error.stderr.trim().split('\n')[0]} — commit or stash your own changes, or merge \`${target}\` into the proposal first`);
    }
    return { commit: await git(repoDir, ['rev-parse', 'HEAD']), message, judged };
  }
  // The target is not checked out: build the merge in git's object store, then move the branch.
  const targetTip = await git(repoDir, ['rev-parse', `refs/heads/${target}`]);
  let tree: string;
  try {
    tree = (await git(repoDir, ['merge-tree', '--write-tree', targetTip, branch])).split('\n')[0]!;
  } catch {
    throw new AcceptRefusedError(`\`${branch}\` conflicts with \`${target}\` — merge \`${target}\` into the proposal first, then accept it`);
  }
  const commit = await git(repoDir, ['commit-tree', tree, '-p', targetTip, '-p', branch, '-m', message]);
  await git(repoDir, ['update-ref', `refs/heads/${target}`, commit, targetTip]);
  return { commit, message, judged };
}

/** Accepts pull request `number` on GitHub: merges it through the API with the trailers in the merge commit. */
export async function acceptPullRequest(repoDir: string, repository: { owner: string; name: string }, number: number, token: string, access: PeerReviewAccess = {}): Promise<Accepted> {
  const results = await peerReviewOpenPullRequests(repoDir, repository, token, { ...access, dryRun: true });
  const result = results.find((candidate) => candidate.number === number);
  if (!result) throw new AcceptRefusedError(`#${number} is not an open pull request of ${repository.owner}/${repository.name}`);
  if (!result.judged) throw new AcceptRefusedError(`#${number} cannot be judged: ${result.error}`);
  refuseUnlessAcceptable(`#${number}`, result.judged);
  const message = acceptanceMessage(`Accept #${number}: ${result.title}`, result.judged);
  const [subject, ...body] = message.split('\n');
  const response = await (access.fetchImpl ?? fetch)(`${API_ORIGIN}/repos/${repository.owner}/${repository.name}/pulls/${number}/merge`, {
    method: 'PUT',
    headers: { ...apiHeaders(token), 'content-type': 'application/json' },
    // `sha`: GitHub refuses if the head moved since it was judged.
    body: JSON.stringify({ merge_method: 'merge', sha: result.sha, commit_title: subject, commit_message: body.join('\n').replace(/^\n/, '') }),
  });
  const answer = (await response.json().catch(() => ({}))) as { sha?: unknown; message?: unknown };
  if (!response.ok || typeof answer.sha !== 'string') {
    throw new GitHubProposalsError(`GitHub answered ${response.status} when merging #${number}${typeof answer.message === 'string' ? ` (${answer.message})` : ''} — a push since it was judged, or a token without "contents: write", are the usual causes`);
  }
  return { commit: answer.sha, message, judged: result.judged };
}
