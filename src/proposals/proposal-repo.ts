/**
 * The isolated copy of the binder that the local editor writes proposals into.
 *
 * Decap's local proxy commits with `git add .` in the folder it serves, which would
 * sweep a user's untracked and staged files into every proposal. So it never serves
 * the user's working tree: it serves a clone kept inside the user's `.git` folder,
 * where no one edits by hand. Proposal branches (`cms/<collection>/<slug>`) are
 * mirrored back to the user's repository after every change, and a published proposal
 * reaches the user's main branch as a fast-forward, leaving their own files alone.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { git, gitMaybe } from '../binder/git.ts';

/** The user's repository and the isolated working copy the editor writes into. */
export interface ProposalRepo {
  /** The user's repository (its working tree is never written by the editor). */
  readonly userRepo: string;
  /** The clone Decap's proxy serves. */
  readonly workRepo: string;
  /** The branch proposals are made against and published to, from content/site.yaml. */
  readonly branch: string;
}

/** Why the local editor cannot start, and what to do about it. */
export class ProposalSetupError extends Error {
  override readonly name = 'ProposalSetupError';
  readonly fix: string;
  constructor(message: string, fix: string) {
    super(`${message} — ${fix}`);
    this.fix = fix;
  }
}

/** Branches Decap creates for proposals. */
export const PROPOSAL_BRANCH_PREFIX = 'cms/';

/** The isolated clone's folder: inside the repository's git directory, out of every working tree. */
export async function workRepoPath(userRepo: string): Promise<string> {
  const commonDir = await git(userRepo, ['rev-parse', '--path-format=absolute', '--git-common-dir']);
  return path.join(commonDir, 'open-franchise', 'proposals');
}

/** Finds or creates the isolated clone of `userRepo`, up to date with its `branch`. */
export async function openProposalRepo(userRepo: string, branch: string): Promise<ProposalRepo> {
  const top = await gitMaybe(userRepo, ['rev-parse', '--show-toplevel']);
  if (top === undefined) {
    throw new ProposalSetupError(`${userRepo} is not a git repository`, 'clone the binder with `git clone` (a downloaded zip has no history to propose against)');
  }
  if ((await gitMaybe(top, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) === undefined) {
    throw new ProposalSetupError(`the repository has no branch \`${branch}\``, `create it (git branch ${branch}) or set \`branch:\` in content/site.yaml to the branch you publish from`);
  }
  const workRepo = await workRepoPath(top);
  if (!existsSync(path.join(workRepo, '.git'))) {
    await mkdir(path.dirname(workRepo), { recursive: true });
    await git(top, ['clone', '--quiet', '--no-hardlinks', '--branch', branch, top, workRepo]);
  }
  await configureIdentity(top, workRepo);
  const repo: ProposalRepo = { userRepo: top, workRepo, branch };
  // Proposals mirrored into the user's repository survive a lost clone: take back any the clone lacks.
  await gitMaybe(workRepo, ['fetch', '--quiet', 'origin', `refs/heads/${PROPOSAL_BRANCH_PREFIX}*:refs/heads/${PROPOSAL_BRANCH_PREFIX}*`]);
  await syncFromUser(repo);
  return repo;
}

/** Commits in the clone carry the user's own name when git knows it. */
async function configureIdentity(userRepo: string, workRepo: string): Promise<void> {
  const name = (await gitMaybe(userRepo, ['config', 'user.name'])) || 'Local proposer';
  const email = (await gitMaybe(userRepo, ['config', 'user.email'])) || 'proposer@localhost';
  await git(workRepo, ['config', 'user.name', name]);
  await git(workRepo, ['config', 'user.email', email]);
}

/**
 * Brings the clone's branch up to the user's, so proposals start from what the user
 * has committed. Only the clone is touched; a clone left dirty by a crash is reset,
 * since everything the editor saves is committed by then.
 */
export async function syncFromUser(repo: ProposalRepo): Promise<void> {
  const { workRepo, branch } = repo;
  if ((await git(workRepo, ['status', '--porcelain'])) !== '') {
    await git(workRepo, ['reset', '--quiet', '--hard']);
    await git(workRepo, ['clean', '--quiet', '-fd']);
  }
  if ((await gitMaybe(workRepo, ['symbolic-ref', '--short', 'HEAD'])) !== branch) {
    await git(workRepo, ['checkout', '--quiet', branch]);
  }
  await git(workRepo, ['fetch', '--quiet', 'origin', `+refs/heads/${branch}:refs/remotes/origin/${branch}`]);
  // Fails only when both sides moved (a publish not yet delivered and a new user commit); deliver() reports that.
  await gitMaybe(workRepo, ['merge', '--quiet', '--ff-only', `origin/${branch}`]);
}

/** What happened when changes were handed back to the user's repository. */
export interface Delivery {
  /** The user's branch moved to include published proposals. */
  readonly published: boolean;
  /** Set when a published proposal could not reach the user's branch, with what to do. */
  readonly warning?: string;
}

/**
 * Mirrors proposal branches into the user's repository (created, updated and deleted
 * alike) and fast-forwards the user's branch to include published proposals. The
 * user's working tree changes only by that fast-forward, which git refuses when it
 * would overwrite their uncommitted edits; untracked files stay untracked.
 */
export async function deliverToUser(repo: ProposalRepo): Promise<Delivery> {
  const { userRepo, workRepo, branch } = repo;
  await git(userRepo, ['fetch', '--quiet', '--prune', workRepo, `+refs/heads/${PROPOSAL_BRANCH_PREFIX}*:refs/heads/${PROPOSAL_BRANCH_PREFIX}*`]);

  const published = await git(workRepo, ['rev-parse', branch]);
  const current = await git(userRepo, ['rev-parse', branch]);
  if (published === current) return { published: false };
  // The published commit itself (an acceptance's merge commit is on no proposal branch), for the checks below.
  await git(userRepo, ['fetch', '--quiet', workRepo, branch]);
  if ((await gitMaybe(userRepo, ['merge-base', '--is-ancestor', current, published])) === undefined) {
    // Either the user is ahead (nothing to deliver) or both moved.
    const userAhead = (await gitMaybe(workRepo, ['merge-base', '--is-ancestor', published, current])) !== undefined;
    if (userAhead) return { published: false };
    return {
      published: false,
      warning: `your ${branch} and the published proposals have both moved; merge them with: git fetch "${workRepo}" ${branch} && git merge FETCH_HEAD`,
    };
  }
  const checkedOut = await gitMaybe(userRepo, ['symbolic-ref', '--short', 'HEAD']);
  try {
    if (checkedOut === branch) await git(userRepo, ['merge', '--quiet', '--ff-only', 'FETCH_HEAD']);
    else await git(userRepo, ['update-ref', `refs/heads/${branch}`, published, current]);
  } catch (error) {
    return {
      published: false,
      warning: `the proposal is published, but ${branch} in your working tree could not fast-forward (${(error as Error).message.split('\n')[0]}); commit or stash your edits, then run: git merge --ff-only ${published.slice(0, 12)}`,
    };
  }
  return { published: true };
}

/** An open proposal: its branch and the workflow status Decap keeps for it. */
export interface LocalProposal {
  readonly branch: string;
  readonly collection: string;
  readonly slug: string;
  /** draft, pending_review or pending_publish (Decap's names); `unknown` when the clone is gone. */
  readonly status: string;
}

/** Proposal branches of the user's repository, with the status kept in the clone. */
export async function listLocalProposals(userRepo: string): Promise<LocalProposal[]> {
  const refs = await git(userRepo, ['for-each-ref', '--format=%(refname:short)', `refs/heads/${PROPOSAL_BRANCH_PREFIX}`]);
  const workRepo = await workRepoPath(userRepo);
  const statuses = new Map<string, string>();
  if (existsSync(workRepo)) {
    const config = (await gitMaybe(workRepo, ['config', '--get-regexp', '^branch\\.cms/.*\\.description$'])) ?? '';
    for (const line of config.split('\n').filter(Boolean)) {
      const match = /^branch\.(cms\/.+)\.description (.*)$/.exec(line);
      if (match) statuses.set(match[1]!, match[2]!.replace(/^decap-cms\//, ''));
    }
  }
  return refs
    .split('\n')
    .filter(Boolean)
    .map((branch) => {
      const [, collection = '', ...slug] = branch.split('/');
      return { branch, collection, slug: slug.join('/'), status: statuses.get(branch) ?? 'unknown' };
    });
}
