/**
 * Peer review on GitHub: every open pull request judged under the rules of the
 * branch it would merge into, its verdict posted as the commit status `peer-review`
 * on its head (fit to be a required check under branch protection) and written into
 * the proposal comment. Reviews come from GitHub's reviews API, each with the commit
 * it saw; trials come from the binder and from other open pull requests, each counted
 * only when its author speaks for the trial's kitchen.
 *
 * It runs the default branch's code only and reads every proposal as git data, so a
 * proposal from a fork (whose own runs have a read-only token) is judged the same way
 * and cannot change the judge.
 */
import { git } from '../binder/git.ts';
import type { TrialReport } from '../domain/governance/judge.ts';
import { verdictMarkdown } from '../domain/governance/render-verdict.ts';
import type { Verdict } from '../domain/governance/judge.ts';
import { apiHeaders, API_ORIGIN, GitHubProposalsError, readAllPages, type PullRequestListing } from '../proposals/github-pull-requests.ts';
import { githubOpenProposals, type GitHubAccess } from '../proposals/open-proposals.ts';
import { gatherProposal, judgeFacts, NoRulesInForceError, type JudgedProposal, type ProposalFacts, type ReviewOnCommit } from './proposal-verdict.ts';

/** A review as GitHub's REST API gives it (the fields used here). */
export interface GitHubReview {
  readonly user: { readonly login: string } | null;
  readonly state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  /** The commit the review saw. */
  readonly commit_id: string | null;
  readonly body: string | null;
  /** OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE…: not trusted here; the register says who speaks for a kitchen. */
  readonly author_association?: string;
  readonly submitted_at?: string | null;
}

const STATES: Readonly<Record<string, ReviewOnCommit['state']>> = {
  APPROVED: 'approved',
  CHANGES_REQUESTED: 'changes-requested',
  COMMENTED: 'commented',
  DISMISSED: 'dismissed',
};

/** An override is a line `Override: <reason>` in a maintainer's review. */
const OVERRIDE_LINE = /^\s*Override:[ \t]*(\S[^\r\n]*)$/im;

/** GitHub's reviews, oldest first, as the judge reads them; drafts (PENDING) and deleted users are left out. */
export function reviewsOnCommits(reviews: readonly GitHubReview[]): ReviewOnCommit[] {
  return reviews.flatMap((review) => {
    const state = STATES[review.state];
    if (!state || !review.user || !review.commit_id) return [];
    const override = OVERRIDE_LINE.exec(review.body ?? '')?.[1]?.trim().slice(0, 300);
    return [{ login: review.user.login, state, commit: review.commit_id, ...(override ? { override } : {}) }];
  });
}

/** The commit status a verdict posts: GitHub allows 140 characters of description. */
export function commitStatusOf(verdict: Verdict): { state: 'success' | 'pending' | 'failure'; description: string } {
  const first = verdict.blocks[0] ?? verdict.unmet[0];
  const more = verdict.blocks.length + verdict.unmet.length - 1;
  const text = (() => {
    switch (verdict.state) {
      case 'satisfied':
        return 'Every rule is met';
      case 'overridden':
        return `Rules overridden by ${verdict.override!.by.join(', ')}: ${verdict.override!.reason}`;
      case 'blocked':
        return `Blocked: ${first}`;
      case 'waiting':
        return `Waiting: ${first}${more > 0 ? ` (+${more} more)` : ''}`;
    }
  })();
  const state = verdict.state === 'satisfied' || verdict.state === 'overridden' ? 'success' : verdict.state === 'blocked' ? 'failure' : 'pending';
  return { state, description: text.length > 140 ? `${text.slice(0, 139)}…` : text };
}

export interface PeerReviewAccess extends GitHubAccess {
  /** The published site, for the "We cooked this" links of the proposal comment. */
  readonly siteUrl?: string | undefined;
  /** The address the status links to (the workflow run). */
  readonly targetUrl?: string | undefined;
  /** Judge and report, but post nothing. */
  readonly dryRun?: boolean | undefined;
}

/** One pull request's outcome. */
export interface PeerReviewResult {
  readonly number: number;
  /** The pull request's title: the proposer's reason. */
  readonly title: string;
  readonly sha: string;
  readonly judged?: JudgedProposal;
  /** Why it could not be judged (no rules in force). */
  readonly error?: string;
  readonly status: { state: 'success' | 'pending' | 'failure' | 'error'; description: string };
}

/** The marker of the proposal comment, and of the verdict's section inside it. */
export const COMMENT_MARKER = '<!-- open-franchise-kitchen-diff -->';
const SECTION_START = '<!-- peer-review -->';
const SECTION_END = '<!-- /peer-review -->';

/**
 * The verdict as the comment's section, between its markers; with the site's address,
 * a "We cooked this" link per recipe or procedure the proposal changes, opening the
 * editor's new trial pinned to the proposed revision and to this pull request.
 */
export function verdictSection(result: Pick<PeerReviewResult, 'judged' | 'error' | 'number'>, siteUrl?: string): string {
  const body = result.judged ? verdictMarkdown(result.judged.verdict) : `### ? Peer review\n\n${result.error ?? ''}`;
  const cooked = result.judged && siteUrl ? [...result.judged.proposedRevisions] : [];
  const links = cooked.map(([entry, revision]) => {
    const query = `entry=${encodeURIComponent(entry)}&revision=${encodeURIComponent(revision)}&proposal=${encodeURIComponent(`#${result.number}`)}`;
    return `- [We cooked ${entry} as proposed](${new URL('admin/', siteUrl!.endsWith('/') ? siteUrl : `${siteUrl}/`).href}#/collections/trials/new?${query}) (revision ${revision})`;
  });
  const trials = links.length > 0 ? `\n\nCooked it as proposed? Report your kitchen's trial:\n\n${links.join('\n')}` : '';
  return `${SECTION_START}\n${body}${trials}\n${SECTION_END}`;
}

/** A comment's text with its verdict section replaced (or added at the end). */
export function withVerdictSection(comment: string, section: string): string {
  const start = comment.indexOf(SECTION_START);
  const end = comment.indexOf(SECTION_END);
  if (start >= 0 && end > start) return `${comment.slice(0, start)}${section}${comment.slice(end + SECTION_END.length)}`;
  return `${comment.trimEnd()}\n\n${section}\n`;
}

/**
 * Judges every open pull request of `repository` (cloned at `repoDir`) and, unless a
 * dry run, posts each verdict as its head commit's `peer-review` status and into its
 * proposal comment. Returns what it decided, pull request by pull request.
 */
export async function peerReviewOpenPullRequests(repoDir: string, repository: { owner: string; name: string }, token: string, access: PeerReviewAccess = {}): Promise<PeerReviewResult[]> {
  const proposals = await githubOpenProposals(repoDir, repository, token, access);
  const gathered: Array<{ number: number; title: string; sha: string; facts?: ProposalFacts; error?: string }> = [];
  for (const proposal of proposals) {
    const number = Number(proposal.id.slice(1));
    const sha = (await git(repoDir, ['rev-parse', proposal.head])).trim();
    const reviews = reviewsOnCommits(await listReviews(repository, number, token, access));
    try {
      const facts = await gatherProposal({ repoDir, target: proposal.target, base: proposal.base, head: proposal.head, proposer: proposal.proposer, reviews, comparison: proposal.comparison });
      gathered.push({ number, title: proposal.reason, sha, facts });
    } catch (error) {
      if (!(error instanceof NoRulesInForceError)) throw error;
      gathered.push({ number, title: proposal.reason, sha, error: error.message });
    }
  }

  // A trial reported in one open pull request is evidence for the others (its author vouched for it).
  const results: PeerReviewResult[] = gathered.map(({ number, title, sha, facts, error }) => {
    if (!facts) return { number, title, sha, error: error!, status: { state: 'error', description: 'No rules in force on the base branch: add content/governance.yaml' } };
    const others: TrialReport[] = gathered.filter((other) => other.number !== number).flatMap((other) => (other.facts?.ownTrials ?? []).map((trial) => ({ ...trial, source: `#${other.number}` })));
    const judged = judgeFacts(facts, others);
    return { number, title, sha, judged, status: commitStatusOf(judged.verdict) };
  });

  if (!access.dryRun) {
    for (const result of results) {
      await postStatus(repository, result.sha, { ...result.status, ...(access.targetUrl ? { target_url: access.targetUrl } : {}) }, token, access.fetchImpl);
      await writeVerdictIntoComment(repository, result.number, verdictSection(result, access.siteUrl), token, access);
    }
  }
  return results;
}

/** Every review of a pull request, oldest first. */
export async function listReviews(repository: { owner: string; name: string }, number: number, token: string, listing: PullRequestListing = {}): Promise<GitHubReview[]> {
  return readAllPages<GitHubReview>(`${API_ORIGIN}/repos/${repository.owner}/${repository.name}/pulls/${number}/reviews?per_page=100`, token, listing, {
    what: 'reviews',
    repository: `${repository.owner}/${repository.name}`,
    hint: "check that GITHUB_TOKEN can read the repository's pull requests",
    cut: (count) => `Only the first ${count} reviews of #${number} were read`,
  });
}

async function send(url: string, method: 'POST' | 'PATCH', body: unknown, token: string, fetchImpl: typeof fetch = fetch): Promise<unknown> {
  const response = await fetchImpl(url, { method, headers: { ...apiHeaders(token), 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) {
    throw new GitHubProposalsError(`GitHub answered ${response.status} for ${method} ${url} — check that the workflow's token has "statuses: write" and "pull-requests: write"`);
  }
  return response.json().catch(() => ({}));
}

/** Posts the `peer-review` commit status. */
export async function postStatus(repository: { owner: string; name: string }, sha: string, status: { state: string; description: string; target_url?: string }, token: string, fetchImpl?: typeof fetch): Promise<void> {
  await send(`${API_ORIGIN}/repos/${repository.owner}/${repository.name}/statuses/${sha}`, 'POST', { ...status, context: 'peer-review' }, token, fetchImpl);
}

/** Puts the verdict into the bot's proposal comment, or opens that comment with the verdict alone. */
async function writeVerdictIntoComment(repository: { owner: string; name: string }, number: number, section: string, token: string, access: PeerReviewAccess): Promise<void> {
  const base = `${API_ORIGIN}/repos/${repository.owner}/${repository.name}`;
  const comments = await readAllPages<{ id: number; body: string; user: { login: string } | null }>(`${base}/issues/${number}/comments?per_page=100`, token, access, {
    what: 'comments',
    repository: `${repository.owner}/${repository.name}`,
    hint: "check that GITHUB_TOKEN can read the repository's pull requests",
    cut: (count) => `Only the first ${count} comments of #${number} were read`,
  });
  // Only the bot's own comment, never one someone else wrote with the marker.
  const own = comments.find((comment) => comment.user?.login === 'github-actions[bot]' && comment.body.startsWith(COMMENT_MARKER));
  if (own) await send(`${base}/issues/comments/${own.id}`, 'PATCH', { body: withVerdictSection(own.body, section) }, token, access.fetchImpl);
  else await send(`${base}/issues/${number}/comments`, 'POST', { body: `${COMMENT_MARKER}\n${section}\n` }, token, access.fetchImpl);
}
