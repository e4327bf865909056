/**
 * Gathers what the judge needs about one proposal from git, and asks it: the rules,
 * register and accepted trials from the branch the proposal would merge into (never
 * from the proposal), the proposal's changes read from its kitchen diff and the files
 * it touches, the revision each review saw, and the trials it or other proposals add.
 * GitHub's workflow, `npm run proposals` and `npm run accept` all come through here.
 */
import { checkRevision, compareRevisions, type RevisionComparison } from '../binder/revision-diff.ts';
import type { BinderCheck } from '../binder/check-binder.ts';
import { git } from '../binder/git.ts';
import { classifyChanges, type GovernedChange } from '../domain/governance/change-kinds.ts';
import { entryRevisions } from '../domain/governance/entry-revision.ts';
import { judge, proposalRevision, type JudgeInput, type Review, type TrialReport, type Verdict } from '../domain/governance/judge.ts';
import type { DiffReport } from '../domain/kitchen-diff/report.ts';
import { RECORD_FOLDERS } from '../schemas/records.ts';

/** A review as a host gives it: who, what they said, and the commit they saw. */
export interface ReviewOnCommit {
  readonly login: string;
  readonly state: Review['state'];
  /** The commit reviewed. */
  readonly commit: string;
  readonly override?: string | undefined;
}

export interface ProposalToJudge {
  readonly repoDir: string;
  /** The branch tip the proposal would merge into: its rules, register and trials are the ones in force. */
  readonly target: string;
  /** Where the proposal branched off the target (what its kitchen diff starts from). */
  readonly base: string;
  readonly head: string;
  /** Who proposed it. */
  readonly proposer: string;
  readonly reviews?: readonly ReviewOnCommit[];
  /** Trials reported in other open proposals (each with who reported it). */
  readonly otherTrials?: readonly TrialReport[];
  /** The comparison of base and head, when the caller has it already. */
  readonly comparison?: RevisionComparison | undefined;
}

export interface JudgedProposal {
  readonly verdict: Verdict;
  /** By `collection/slug`: the revision of each recipe and procedure the proposal changes, as it proposes them (what a kitchen's trial pins). */
  readonly proposedRevisions: ReadonlyMap<string, string>;
  readonly changes: readonly GovernedChange[];
  /** The proposal's revision now (what an approval must have seen to count). */
  readonly revision: string;
  readonly report: DiffReport;
  /** The rules were missing or broken on the target: nothing could be judged. */
  readonly noRules?: string | undefined;
}

/** A binder without rules in force cannot judge: say so rather than wave a proposal through. */
export class NoRulesInForceError extends Error {
  override readonly name = 'NoRulesInForceError';
}

/** Everything the judge needs about a proposal, gathered from git once; other proposals' trials are added when judging. */
export interface ProposalFacts {
  readonly input: JudgeInput;
  /** The trials this proposal adds, as reported by its proposer: evidence for other proposals too. */
  readonly ownTrials: readonly TrialReport[];
  readonly report: DiffReport;
}

/** Gathers a proposal's facts and judges it. */
export async function judgeProposal(proposal: ProposalToJudge): Promise<JudgedProposal> {
  return judgeFacts(await gatherProposal(proposal), proposal.otherTrials ?? []);
}

/** The judge's verdict on gathered facts, with trials reported elsewhere (other open proposals) counted too. */
export function judgeFacts(facts: ProposalFacts, otherTrials: readonly TrialReport[] = []): JudgedProposal {
  const verdict = judge({ ...facts.input, trials: [...facts.input.trials, ...otherTrials] });
  const changed = new Set(facts.input.changes.map((change) => change.subject));
  const proposedRevisions = new Map([...facts.input.entryRevisions].filter(([entry]) => changed.has(entry)));
  return { verdict, proposedRevisions, changes: facts.input.changes, revision: facts.input.revision, report: facts.report };
}

export async function gatherProposal(proposal: ProposalToJudge): Promise<ProposalFacts> {
  const { repoDir } = proposal;
  const comparison = proposal.comparison ?? (await compareRevisions({ repoDir, base: proposal.base, head: proposal.head }));
  const [targetCommit, baseCommit] = await Promise.all([commitOf(repoDir, proposal.target), commitOf(repoDir, proposal.base)]);
  const inForce: BinderCheck = targetCommit === baseCommit ? comparison.base : await checkRevision(repoDir, targetCommit);
  const rules = inForce.governance.rules?.data;
  if (!rules) {
    throw new NoRulesInForceError(
      `${proposal.target} has no valid content/governance.yaml, so there are no rules to judge this proposal by — add one (see README, "Kitchens vouch for a change"), or fix the problems \`npm run check\` lists in it on ${proposal.target}`,
    );
  }

  const paths = await changedPaths(repoDir, proposal.base, proposal.head);
  const changesAt = async (head: string, comparisonAt = comparison) => {
    const files = head === proposal.head ? paths : await changedPaths(repoDir, proposal.base, head);
    return classifyChanges(comparisonAt.report.diff, { base: comparisonAt.base.entries, head: comparisonAt.head.entries }, files);
  };
  const changes = await changesAt(proposal.head);
  const revision = proposalRevision(changes);

  // Each review counts for the revision it saw: a later commit that changes a governed part makes it stale.
  const headCommit = await commitOf(repoDir, proposal.head);
  const revisionAt = new Map<string, string>([[headCommit, revision]]);
  const reviews: Review[] = [];
  for (const review of proposal.reviews ?? []) {
    let seen = revisionAt.get(review.commit);
    if (seen === undefined) {
      const reviewed = await commitOf(repoDir, review.commit).catch(() => undefined);
      // A commit no longer in the repository (force-pushed away) was an earlier revision by definition.
      seen = reviewed === undefined ? 'gone' : proposalRevision(await changesAt(reviewed, await compareRevisions({ repoDir, base: proposal.base, head: reviewed })));
      revisionAt.set(review.commit, seen);
    }
    reviews.push({ login: review.login, state: review.state, revision: seen, override: review.override });
  }

  const ownTrials: TrialReport[] = comparison.head.governance.trials
    .filter((trial) => paths.trialsAdded.includes(trial.file))
    .map((trial) => ({ source: trial.file, kitchen: trial.data.kitchen, entry: trial.data.entry, revision: trial.data.revision, outcome: trial.data.outcome, reportedBy: proposal.proposer }));
  const accepted: TrialReport[] = inForce.governance.trials.map((trial) => ({ source: trial.file, kitchen: trial.data.kitchen, entry: trial.data.entry, revision: trial.data.revision, outcome: trial.data.outcome }));
  const input: JudgeInput = {
    governance: rules,
    kitchens: new Map([...inForce.governance.kitchens].map(([id, file]) => [id, file.data])),
    proposer: proposal.proposer,
    changes,
    revision,
    entryRevisions: entryRevisions(comparison.head),
    reviews,
    trials: [...accepted, ...ownTrials],
    addedTrials: ownTrials.map((trial) => ({ file: trial.source, kitchen: trial.kitchen })),
  };
  return { input, ownTrials, report: comparison.report };
}

async function commitOf(repoDir: string, revision: string): Promise<string> {
  return (await git(repoDir, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).trim();
}

/** The files a proposal changes, and the trial files it adds. */
async function changedPaths(repoDir: string, base: string, head: string): Promise<{ changed: string[]; trialsAdded: string[] }> {
  const list = async (extra: string[]) => (await git(repoDir, ['diff', '--name-only', '-z', '--no-renames', ...extra, base, head, '--'])).split('\0').filter(Boolean);
  const [changed, added] = await Promise.all([list([]), list(['--diff-filter=A'])]);
  const trialFolder = new RegExp(`^(?:content|layers/[^/]+)/${RECORD_FOLDERS.trials.directory}/[^/]+\\.yaml$`);
  return { changed, trialsAdded: added.filter((file) => trialFolder.test(file)) };
}
