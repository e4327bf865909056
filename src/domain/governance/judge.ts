/**
 * The one judge of a proposal: from the rules in force, the register of kitchens, the
 * proposal's changes (as change-kinds.ts reads them from the kitchen diff), the reviews
 * and the trials, whether it may be accepted, and one sentence for each thing missing.
 * Pure: GitHub, git and the editor each gather the inputs their own way and ask this.
 * After Gerrit's submit requirements: a rule applies when one of its kinds of change
 * is present, is met when its approvals and trials are there, a request for changes
 * blocks like a −2, and an override needs several maintainers and a reason.
 */
import type { Kitchen } from '../../schemas/kitchen.ts';
import { SELF_GOVERNING_KINDS, type Governance, type GovernanceRule, type Requirement } from '../../schemas/governance.ts';
import type { TrialOutcome } from '../../schemas/trial.ts';
import type { GovernedChange } from './change-kinds.ts';
import { revisionOf } from './entry-revision.ts';

/** A person's review of the proposal, in the order they were given. */
export interface Review {
  /** GitHub user name. */
  readonly login: string;
  readonly state: 'approved' | 'changes-requested' | 'commented' | 'dismissed';
  /** The proposal's revision (see proposalRevision) at the commit reviewed. */
  readonly revision: string;
  /** The reason, when this review overrides the rules ("Override: …" in its text). */
  readonly override?: string | undefined;
}

/** A kitchen's trial of an entry, wherever it was found. */
export interface TrialReport {
  /** Where it is: `content/trials/2026-11-12-brooklyn-slice-pizza-dough.yaml`, or an open proposal. */
  readonly source: string;
  readonly kitchen: string;
  /** `recipes/pizza-dough`. */
  readonly entry: string;
  /** The entry revision cooked. */
  readonly revision: string;
  readonly outcome: TrialOutcome;
  /**
   * Who reported it, when that is known and not yet vouched for (the author of an open
   * proposal that adds it); left out for a trial already accepted into the binder.
   */
  readonly reportedBy?: string | undefined;
}

export interface JudgeInput {
  /** The rules in force: always the base branch's, never the proposal's. */
  readonly governance: Governance;
  /** The register of kitchens in force, by id: also the base branch's. */
  readonly kitchens: ReadonlyMap<string, Kitchen>;
  /** Who proposed it (GitHub user name, or the local author). */
  readonly proposer: string;
  readonly changes: readonly GovernedChange[];
  /** The proposal's revision now (see proposalRevision). */
  readonly revision: string;
  /** By `collection/slug`: the revision of each recipe and procedure as the proposal has it. */
  readonly entryRevisions: ReadonlyMap<string, string>;
  readonly reviews: readonly Review[];
  readonly trials: readonly TrialReport[];
  /** Trial files the proposal itself adds, with the kitchen each names. */
  readonly addedTrials?: ReadonlyArray<{ readonly file: string; readonly kitchen: string }>;
}

export type VerdictState = 'satisfied' | 'waiting' | 'blocked' | 'overridden';

/** One requirement that applies, with what it is for. */
export interface AppliedRequirement {
  /** The rule's name, "Anything else" for `otherwise`, or the strictest class. */
  readonly rule: string;
  readonly needs: Requirement;
  /** The changes that made it apply. */
  readonly changes: readonly GovernedChange[];
  /** Extra roles the strictest class needs, every one of them. */
  readonly roles?: readonly string[];
}

export interface Verdict {
  readonly state: VerdictState;
  /** One sentence for each thing still missing. */
  readonly unmet: readonly string[];
  /** One sentence for each thing that blocks it (a request for changes, a forged trial). */
  readonly blocks: readonly string[];
  readonly requirements: readonly AppliedRequirement[];
  /** Kitchens whose approval counts, with the logins that gave it. */
  readonly approvingKitchens: ReadonlyArray<{ readonly kitchen: string; readonly name: string; readonly logins: readonly string[] }>;
  /** Maintainers whose approval counts. */
  readonly approvingMaintainers: readonly string[];
  /** Kitchens (ids) whose trial of the proposal's revision counts, by changed entry. */
  readonly trialKitchens: ReadonlyMap<string, readonly string[]>;
  /** Every registered kitchen's name, by id, for the words. */
  readonly kitchenNames: ReadonlyMap<string, string>;
  /** Reviews and trials that do not count, each with why: shown so nobody wonders. */
  readonly notCounted: readonly string[];
  /** Present when the rules were overridden. */
  readonly override?: { readonly reason: string; readonly by: readonly string[] } | undefined;
  /** The proposal changes how the binder is governed and was judged in the strictest class. */
  readonly strictest: boolean;
}

/**
 * A proposal's revision for reviews: a fingerprint of what it changes, prose and
 * trials left out. An approval counts while this stays the same, so a typo fixed
 * after review keeps it, and an allergen or a quantity changed after it does not.
 */
export function proposalRevision(changes: readonly GovernedChange[]): string {
  const governed = changes
    .filter((change) => change.kind !== 'prose' && change.kind !== 'trial-reported')
    .map((change) => `${change.kind}\u0000${change.subject}\u0000${change.text}`)
    .sort();
  return revisionOf(governed);
}

const OTHERWISE = 'Any other change';
const STRICTEST = 'Changes to how the binder is governed (judged by the rules before them, every requirement at once)';

export function judge(input: JudgeInput): Verdict {
  const { governance, kitchens } = input;
  const lower = (login: string) => login.toLowerCase();
  const proposer = lower(input.proposer);
  const kitchenOf = new Map<string, string>();
  for (const [id, kitchen] of kitchens) for (const login of kitchen.logins) if (!kitchenOf.has(lower(login))) kitchenOf.set(lower(login), id);
  const maintainers = new Set(governance.maintainers.map(lower));
  const proposerKitchen = kitchenOf.get(proposer);
  const nameOf = (id: string) => kitchens.get(id)?.name ?? id;

  const requirements = applicableRequirements(governance, input.changes);
  const strictest = requirements.some((requirement) => requirement.rule === STRICTEST);

  // Each person's standing is their latest review that says something; a comment changes nothing.
  const latest = new Map<string, Review>();
  const overrides = new Map<string, string>();
  for (const review of input.reviews) {
    const login = lower(review.login);
    if (review.override && maintainers.has(login) && login !== proposer) overrides.set(login, review.override);
    if (review.state !== 'commented') latest.set(login, review);
  }

  const notCounted: string[] = [];
  const blocks: string[] = [];
  const approving = new Map<string, string[]>();
  const approvingMaintainers: string[] = [];
  for (const [login, review] of latest) {
    const kitchen = kitchenOf.get(login);
    const who = kitchen ? `${nameOf(kitchen)} (@${review.login})` : `@${review.login}`;
    if (review.state === 'changes-requested') {
      if (kitchen !== undefined || maintainers.has(login)) {
        blocks.push(`${who} requested changes: it blocks until they approve the proposal or withdraw (dismiss) that review`);
      } else {
        notCounted.push(`@${review.login}'s request for changes does not block: they are neither in the register of kitchens nor a maintainer`);
      }
      continue;
    }
    if (review.state !== 'approved') continue;
    if (login === proposer) {
      notCounted.push(`@${review.login} proposed it: a proposer's own approval does not count`);
      continue;
    }
    if (review.revision !== input.revision) {
      notCounted.push(`${who} approved an earlier revision: what the proposal changes has changed since — ask them to review it again`);
      continue;
    }
    let counted = false;
    if (maintainers.has(login)) {
      approvingMaintainers.push(review.login);
      counted = true;
    }
    if (kitchen !== undefined && kitchen === proposerKitchen) {
      if (!counted) notCounted.push(`${who} speaks for ${nameOf(kitchen)}, the proposer's own kitchen: another kitchen must vouch for it`);
    } else if (kitchen !== undefined) {
      approving.set(kitchen, [...(approving.get(kitchen) ?? []), review.login]);
      counted = true;
    }
    if (!counted) notCounted.push(`@${review.login}'s approval does not count: they are neither in the register of kitchens nor a maintainer — a kitchen registers its people in content/kitchens/`);
  }

  // Trials: of the entry as the proposal now has it, from a kitchen that really reported it.
  const trialKitchens = new Map<string, string[]>();
  const changedEntries = new Set(input.changes.map((change) => change.subject));
  for (const trial of input.trials) {
    const current = input.entryRevisions.get(trial.entry);
    if (!changedEntries.has(trial.entry) || current === undefined || trial.revision !== current) continue;
    const kitchen = kitchens.get(trial.kitchen);
    if (!kitchen) {
      notCounted.push(`${trial.source}: its kitchen \`${trial.kitchen}\` is not in the register`);
      continue;
    }
    if (trial.reportedBy !== undefined && !kitchen.logins.some((login) => lower(login) === lower(trial.reportedBy!))) {
      notCounted.push(`${trial.source}: @${trial.reportedBy} does not speak for ${kitchen.name}, so the trial is not theirs to report`);
      continue;
    }
    if (trial.outcome === 'reject') {
      notCounted.push(`${kitchen.name} cooked ${trial.entry} as proposed and rejected it (${trial.source}): read its notes`);
      continue;
    }
    const list = trialKitchens.get(trial.entry) ?? [];
    if (!list.includes(trial.kitchen)) trialKitchens.set(trial.entry, [...list, trial.kitchen]);
  }

  // A proposal may add a trial only for a kitchen its proposer speaks for.
  for (const added of input.addedTrials ?? []) {
    const kitchen = kitchens.get(added.kitchen);
    if (kitchen && !kitchen.logins.some((login) => lower(login) === proposer)) {
      blocks.push(`${added.file} reports a trial for ${kitchen.name}, but @${input.proposer} does not speak for that kitchen — one of its people (${kitchen.logins.map((l) => `@${l}`).join(', ')}) must report it`);
    }
  }

  const approvingKitchens = [...approving].map(([kitchen, logins]) => ({ kitchen, name: nameOf(kitchen), logins }));
  const unmet = requirements.flatMap((requirement) =>
    unmetSentences(requirement, { approvingKitchens: [...approving.keys()], kitchens, maintainers: approvingMaintainers.length, trialKitchens, entryRevisions: input.entryRevisions }),
  );

  const overriders = [...overrides.keys()];
  const override =
    overriders.length >= governance.override.maintainers
      ? { reason: [...new Set(overrides.values())].join(' / '), by: input.reviews.filter((r) => overrides.has(lower(r.login))).map((r) => r.login).filter((l, i, all) => all.indexOf(l) === i) }
      : undefined;
  if (!override && overriders.length > 0) {
    notCounted.push(`an override needs ${governance.override.maintainers} maintainers with a reason; ${overriders.length} gave one so far`);
  }

  const state: VerdictState = override && (blocks.length > 0 || unmet.length > 0) ? 'overridden' : blocks.length > 0 ? 'blocked' : unmet.length > 0 ? 'waiting' : 'satisfied';
  return {
    state,
    unmet,
    blocks,
    requirements,
    approvingKitchens,
    approvingMaintainers,
    trialKitchens,
    kitchenNames: new Map([...kitchens].map(([id, kitchen]) => [id, kitchen.name])),
    notCounted,
    ...(state === 'overridden' ? { override } : {}),
    strictest,
  };
}

/** Every requirement a proposal's changes bring in, each with the changes that brought it. */
export function applicableRequirements(governance: Governance, changes: readonly GovernedChange[]): AppliedRequirement[] {
  const byRule = new Map<GovernanceRule, GovernedChange[]>();
  const unmatched: GovernedChange[] = [];
  for (const change of changes) {
    const rules = governance.rules.filter((rule) => ruleApplies(rule, change));
    if (rules.length === 0) unmatched.push(change);
    for (const rule of rules) byRule.set(rule, [...(byRule.get(rule) ?? []), change]);
  }
  const applied: AppliedRequirement[] = [...byRule].map(([rule, matched]) => ({ rule: rule.name, needs: rule.needs, changes: matched }));
  if (unmatched.length > 0) applied.push({ rule: OTHERWISE, needs: governance.otherwise, changes: unmatched });
  const selfGoverning = changes.filter((change) => SELF_GOVERNING_KINDS.includes(change.kind));
  if (selfGoverning.length > 0) {
    const all = [...governance.rules.map((rule) => rule.needs), governance.otherwise];
    const most = (field: 'kitchens' | 'trials' | 'maintainers') => Math.max(0, ...all.map((needs) => needs[field] ?? 0));
    const roles = [...new Set(all.flatMap((needs) => (needs.role ? [needs.role] : [])))];
    applied.push({ rule: STRICTEST, needs: { kitchens: most('kitchens'), maintainers: most('maintainers'), trials: most('trials') }, changes: selfGoverning, roles });
  }
  return applied;
}

function ruleApplies(rule: GovernanceRule, change: GovernedChange): boolean {
  if (!rule.when.includes(change.kind)) return false;
  if (change.kind === 'quantity-changed' && rule.abovePercent !== undefined) return (change.percent ?? 100) > rule.abovePercent;
  if (change.kind === 'cost-changed' && rule.abovePerPortion !== undefined) return Math.abs(change.perPortion ?? 0) > rule.abovePerPortion;
  return true;
}

interface Standing {
  readonly approvingKitchens: readonly string[];
  readonly kitchens: ReadonlyMap<string, Kitchen>;
  readonly maintainers: number;
  readonly trialKitchens: ReadonlyMap<string, readonly string[]>;
  readonly entryRevisions: ReadonlyMap<string, string>;
}

function unmetSentences(requirement: AppliedRequirement, standing: Standing): string[] {
  const { needs } = requirement;
  const about = `for: ${changeList(requirement.changes)}`;
  const sentences: string[] = [];
  const missingKitchens = (needs.kitchens ?? 0) - standing.approvingKitchens.length;
  if (missingKitchens > 0) sentences.push(`needs ${missingKitchens} more kitchen${missingKitchens === 1 ? "'s approval" : "s' approvals"} ${about}`);
  const roles = [...(needs.role ? [needs.role] : []), ...(requirement.roles ?? [])];
  for (const role of new Set(roles)) {
    const covered = standing.approvingKitchens.some((id) => standing.kitchens.get(id)?.roles?.includes(role));
    if (!covered) sentences.push(`needs the approval of a kitchen with the ${role} role ${about}`);
  }
  const missingMaintainers = (needs.maintainers ?? 0) - standing.maintainers;
  if (missingMaintainers > 0) sentences.push(`needs ${missingMaintainers} more maintainer${missingMaintainers === 1 ? "'s approval" : "s' approvals"} ${about}`);
  if ((needs.trials ?? 0) > 0) {
    const cooked = [...new Set(requirement.changes.map((change) => change.subject))].filter((subject) => standing.entryRevisions.has(subject));
    for (const entry of cooked) {
      const missing = needs.trials! - (standing.trialKitchens.get(entry)?.length ?? 0);
      if (missing > 0) {
        sentences.push(`needs a trial from ${missing} more kitchen${missing === 1 ? '' : 's'} of ${entry} as proposed (revision ${standing.entryRevisions.get(entry)}) ${about}`);
      }
    }
  }
  return sentences;
}

/** The changes a requirement is for, the first few in full. */
function changeList(changes: readonly GovernedChange[]): string {
  const shown = changes.slice(0, 3).map((change) => change.text);
  return changes.length > 3 ? `${shown.join('; ')}; and ${changes.length - 3} more` : shown.join('; ');
}
