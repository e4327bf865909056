import { z } from 'astro/zod';
import { gitHubLogins } from './github-login.ts';
import { SlugSchema } from './reference.ts';
import { line } from './text.ts';

/**
 * The kinds of change a rule can name, read from the kitchen diff (what the change
 * does to the food), except the last four, which are about the binder's own
 * machinery and are told by the files a proposal touches.
 */
export const CHANGE_KINDS = {
  'allergen-added': 'an allergen added to a recipe or an ingredient (contains or may contain)',
  'allergen-removed': 'an allergen removed from what a recipe or an ingredient contains',
  'may-contain-removed': 'a "may contain" warning removed',
  'critical-limit-weakened': 'a critical limit, storage or holding limit removed or made less strict',
  'temperature-lowered': 'a cooking temperature lowered',
  'time-lowered': 'a cooking time (a step\'s timer) shortened',
  'food-safety-step-changed': 'a food-safety step removed or reworded (a step with a critical limit or a log reading, a corrective action, or any step of a food-safety procedure)',
  'quantity-changed': 'an ingredient line\'s amount changed, added or removed (`abovePercent` narrows it)',
  'cost-changed': 'the cost of a portion changed (`abovePerPortion` narrows it)',
  'entry-added': 'a new entry',
  'entry-removed': 'an entry removed',
  'method-changed': 'a recipe\'s steps, yield or timings changed, beyond the kinds above',
  'data-changed': 'any other field changed',
  prose: 'titles, summaries, notes and other words only',
  'trial-reported': 'a kitchen\'s trial added',
  'register-changed': 'the register of kitchens changed',
  'rules-changed': 'these rules changed',
  'workflow-changed': 'the code or workflows that judge and build proposals changed',
} as const;

export type ChangeKind = keyof typeof CHANGE_KINDS;
export const CHANGE_KIND_IDS = Object.keys(CHANGE_KINDS) as [ChangeKind, ...ChangeKind[]];

/**
 * Changes to the machinery of judging itself: a proposal with one is judged by the
 * rules before it, in the strictest class (every requirement of every rule at once).
 */
export const SELF_GOVERNING_KINDS: readonly ChangeKind[] = ['register-changed', 'rules-changed', 'workflow-changed'];

/** What a proposal needs before it may be accepted; every part given must be met. */
export const RequirementSchema = z.strictObject({
  /** Approvals from this many distinct registered kitchens, not counting the proposer's own (two logins of one kitchen count once). */
  kitchens: z.int().nonnegative().optional(),
  /** At least one of those approving kitchens has this role, like `food-safety`. */
  role: SlugSchema.optional(),
  /** Trials from this many distinct kitchens of each changed recipe or procedure as the proposal now has it. */
  trials: z.int().nonnegative().optional(),
  /** Approvals from this many maintainers other than the proposer. */
  maintainers: z.int().nonnegative().optional(),
});

/** One rule: which kinds of change it is about, and what they need. */
export const GovernanceRuleSchema = z.strictObject({
  /** What it protects, as reviewers read it: "Allergens and food safety". */
  name: line(80),
  /** The kinds of change it applies to (see CHANGE_KINDS). */
  when: z
    .array(z.enum(CHANGE_KIND_IDS, { error: `is not a kind of change — use one of: ${CHANGE_KIND_IDS.join(', ')}` }))
    .min(1, { error: 'is empty — name at least one kind of change' }),
  /** For `quantity-changed`: only amounts changed by more than this percentage (added and removed lines count as 100 %). */
  abovePercent: z.number().nonnegative().optional(),
  /** For `cost-changed`: only costs per portion changed by more than this, in the binder's currency. */
  abovePerPortion: z.number().nonnegative().optional(),
  /** What a proposal with such a change needs. */
  needs: RequirementSchema,
});

/**
 * How the binder is governed (`content/governance.yaml`): who the maintainers are and
 * what each kind of change needs before it is accepted. It is always read from the
 * branch a proposal would merge into, never from the proposal.
 */
export const GovernanceSchema = z.strictObject({
  /** GitHub users who accept proposals; `override.maintainers` of them together may override the rules, with a written reason. */
  maintainers: gitHubLogins().min(1, { error: 'is empty — name at least one maintainer' }),
  /** What each kind of change needs; a proposal must meet every rule that one of its changes matches. */
  rules: z.array(GovernanceRuleSchema),
  /** What a change that no rule matches needs. */
  otherwise: RequirementSchema,
  /** Overriding the rules for one proposal. */
  override: z.strictObject({
    /** How many maintainers (other than the proposer) must each give the same override with a reason. */
    maintainers: z.int().min(2, { error: 'is below 2 — one person alone must never override the rules' }),
  }),
});

export type Governance = z.infer<typeof GovernanceSchema>;
export type GovernanceRule = z.infer<typeof GovernanceRuleSchema>;
export type Requirement = z.infer<typeof RequirementSchema>;
