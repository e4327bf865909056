/**
 * The governance judge, table-driven: each case is the rules, the register, a
 * proposal's changes, the reviews and the trials, and the verdict they must give.
 */
import { describe, expect, test } from 'vitest';
import type { GovernedChange } from '../../src/domain/governance/change-kinds.ts';
import { judge, proposalRevision, type JudgeInput, type Review, type TrialReport } from '../../src/domain/governance/judge.ts';
import { verdictLines, verdictMarkdown } from '../../src/domain/governance/render-verdict.ts';
import { GovernanceSchema, type Governance } from '../../src/schemas/governance.ts';
import type { Kitchen } from '../../src/schemas/kitchen.ts';

const RULES: Governance = GovernanceSchema.parse({
  maintainers: ['ana', 'sam', 'lee'],
  rules: [
    { name: 'Allergens and food safety', when: ['allergen-added', 'allergen-removed', 'critical-limit-weakened'], needs: { kitchens: 2, role: 'food-safety' } },
    { name: 'Big amounts', when: ['quantity-changed'], abovePercent: 20, needs: { kitchens: 1, trials: 1 } },
    { name: 'Words only', when: ['prose'], needs: { maintainers: 1 } },
    { name: 'Trials', when: ['trial-reported'], needs: {} },
    { name: 'Machinery', when: ['rules-changed', 'register-changed', 'workflow-changed'], needs: { maintainers: 2 } },
  ],
  otherwise: { maintainers: 1 },
  override: { maintainers: 2 },
});

const KITCHENS = new Map<string, Kitchen>([
  ['brooklyn', { name: 'Brooklyn Slice', repository: 'https://github.com/b/binder', logins: ['marco', 'dee'], roles: ['food-safety'] }],
  ['harbour', { name: 'Harbour Lane', repository: 'https://github.com/h/binder', logins: ['hl'] }],
  ['lakeside', { name: 'Lakeside Forno', repository: 'https://github.com/l/binder', logins: ['priya'], roles: ['food-safety'] }],
  ['corner', { name: 'Corner Forno', repository: 'https://github.com/c/binder', logins: ['cook'] }],
]);

const ALLERGEN: GovernedChange = { kind: 'allergen-added', subject: 'recipes/marinara', text: 'Marinara — ALLERGEN ADDED: Milk (from Parmigiano Reggiano)' };
const TYPO: GovernedChange = { kind: 'prose', subject: 'recipes/marinara', text: 'Marinara — summary: "tomatos" → "tomatoes"' };
const SALT: GovernedChange = { kind: 'quantity-changed', subject: 'recipes/pizza-dough', text: 'Pizza dough — Fine sea salt: 45 g → 30 g', percent: 33.3 };
const SMALL_SALT: GovernedChange = { kind: 'quantity-changed', subject: 'recipes/pizza-dough', text: 'Pizza dough — Fine sea salt: 45 g → 42 g', percent: 6.7 };
const RULES_EDIT: GovernedChange = { kind: 'rules-changed', subject: 'content/governance.yaml', text: 'The governance rules changed: content/governance.yaml' };

function input(changes: GovernedChange[], more: Partial<JudgeInput> = {}): JudgeInput {
  return { governance: RULES, kitchens: KITCHENS, proposer: 'cook', changes, revision: proposalRevision(changes), entryRevisions: new Map([['recipes/pizza-dough', 'aaaaaaaaaaaa'], ['recipes/marinara', 'bbbbbbbbbbbb']]), reviews: [], trials: [], ...more };
}

const approve = (login: string, changes: GovernedChange[]): Review => ({ login, state: 'approved', revision: proposalRevision(changes) });
const trial = (kitchen: string, entry: string, revision: string, more: Partial<TrialReport> = {}): TrialReport => ({ source: `content/trials/${kitchen}.yaml`, kitchen, entry, revision, outcome: 'adopt', ...more });

describe('judge', () => {
  const cases: Array<{ name: string; input: JudgeInput; state: string; unmet?: RegExp[]; blocks?: RegExp[]; notCounted?: RegExp[] }> = [
    {
      name: 'an allergen change with no approvals waits for two kitchens and the food-safety role',
      input: input([ALLERGEN]),
      state: 'waiting',
      unmet: [/^needs 2 more kitchens' approvals for: Marinara — ALLERGEN ADDED: Milk \(from Parmigiano Reggiano\)$/, /^needs the approval of a kitchen with the food-safety role for: Marinara — ALLERGEN ADDED/],
    },
    {
      name: 'two kitchens, one with the food-safety role, satisfy it',
      input: input([ALLERGEN], { reviews: [approve('marco', [ALLERGEN]), approve('hl', [ALLERGEN])] }),
      state: 'satisfied',
    },
    {
      name: 'two logins of one kitchen count once',
      input: input([ALLERGEN], { reviews: [approve('marco', [ALLERGEN]), approve('dee', [ALLERGEN])] }),
      state: 'waiting',
      unmet: [/^needs 1 more kitchen's approval for: Marinara — ALLERGEN ADDED/],
    },
    {
      name: 'two kitchens without the role still wait for it',
      input: input([ALLERGEN], { reviews: [approve('hl', [ALLERGEN]), approve('cook2', [ALLERGEN])], kitchens: new Map([...KITCHENS, ['north', { name: 'North', repository: 'https://github.com/n/b', logins: ['cook2'] }]]) }),
      state: 'waiting',
      unmet: [/^needs the approval of a kitchen with the food-safety role/],
    },
    {
      name: "the proposer's own kitchen does not vouch for its own change",
      input: input([ALLERGEN], { proposer: 'marco', reviews: [approve('dee', [ALLERGEN]), approve('hl', [ALLERGEN])] }),
      state: 'waiting',
      notCounted: [/Brooklyn Slice \(@dee\) speaks for Brooklyn Slice, the proposer's own kitchen/],
    },
    {
      name: 'an approval on an earlier revision stops counting after an allergen change',
      input: input([SMALL_SALT, ALLERGEN], { reviews: [approve('marco', [SMALL_SALT]), approve('hl', [SMALL_SALT]), approve('priya', [SMALL_SALT, ALLERGEN])] }),
      state: 'waiting',
      unmet: [/^needs 1 more kitchen's approval for: Marinara — ALLERGEN ADDED/],
      notCounted: [/Brooklyn Slice \(@marco\) approved an earlier revision/, /Harbour Lane \(@hl\) approved an earlier revision/],
    },
    {
      name: 'a typo fixed after approval keeps the approval',
      input: input([ALLERGEN, TYPO], { reviews: [approve('marco', [ALLERGEN]), approve('hl', [ALLERGEN]), approve('ana', [ALLERGEN])] }),
      state: 'satisfied',
    },
    {
      name: 'a request for changes from a registered kitchen blocks',
      input: input([TYPO], { reviews: [approve('ana', [TYPO]), { login: 'priya', state: 'changes-requested', revision: proposalRevision([TYPO]) }] }),
      state: 'blocked',
      blocks: [/^Lakeside Forno \(@priya\) requested changes: it blocks until they approve the proposal or withdraw \(dismiss\) that review$/],
    },
    {
      name: 'a request for changes is withdrawn by a later approval from the same person',
      input: input([TYPO], { reviews: [{ login: 'priya', state: 'changes-requested', revision: 'old' }, approve('priya', [TYPO]), approve('ana', [TYPO])] }),
      state: 'satisfied',
    },
    {
      name: 'a comment after a request for changes does not withdraw it',
      input: input([TYPO], { reviews: [approve('ana', [TYPO]), { login: 'priya', state: 'changes-requested', revision: 'old' }, { login: 'priya', state: 'commented', revision: proposalRevision([TYPO]) }] }),
      state: 'blocked',
    },
    {
      name: 'a dismissed request for changes no longer blocks',
      input: input([TYPO], { reviews: [approve('ana', [TYPO]), { login: 'priya', state: 'changes-requested', revision: 'old' }, { login: 'priya', state: 'dismissed', revision: 'old' }] }),
      state: 'satisfied',
    },
    {
      name: 'a request for changes from a stranger does not block, and says why',
      input: input([TYPO], { reviews: [approve('ana', [TYPO]), { login: 'troll', state: 'changes-requested', revision: proposalRevision([TYPO]) }] }),
      state: 'satisfied',
      notCounted: [/@troll's request for changes does not block/],
    },
    {
      name: 'an approval from a login no kitchen names does not count (no forged kitchen)',
      input: input([ALLERGEN], { reviews: [approve('brooklyn-slice', [ALLERGEN]), approve('hl', [ALLERGEN])] }),
      state: 'waiting',
      notCounted: [/@brooklyn-slice's approval does not count: they are neither in the register of kitchens nor a maintainer/],
    },
    {
      name: "a proposer's own approval does not count",
      input: input([TYPO], { proposer: 'ana', reviews: [approve('ana', [TYPO])] }),
      state: 'waiting',
      unmet: [/^needs 1 more maintainer's approval for: Marinara — summary/],
    },
    {
      name: 'an override by two maintainers with a reason is recorded, even over a veto',
      input: input([ALLERGEN], {
        reviews: [
          { login: 'priya', state: 'changes-requested', revision: 'x' },
          { login: 'ana', state: 'commented', revision: 'x', override: 'Supplier recall: the label must change today' },
          { login: 'sam', state: 'approved', revision: 'x', override: 'Supplier recall: the label must change today' },
        ],
      }),
      state: 'overridden',
    },
    {
      name: 'one maintainer alone cannot override',
      input: input([ALLERGEN], { reviews: [{ login: 'ana', state: 'commented', revision: 'x', override: 'Hurry' }] }),
      state: 'waiting',
      notCounted: [/an override needs 2 maintainers with a reason; 1 gave one so far/],
    },
    {
      name: 'a proposer who is a maintainer cannot be one of the overriders',
      input: input([ALLERGEN], { proposer: 'ana', reviews: [{ login: 'ana', state: 'commented', revision: 'x', override: 'Mine' }, { login: 'sam', state: 'commented', revision: 'x', override: 'Mine' }] }),
      state: 'waiting',
    },
    {
      name: 'a big amount change waits for a trial of the proposal as it is now',
      input: input([SALT], { reviews: [approve('hl', [SALT])], trials: [trial('lakeside', 'recipes/pizza-dough', 'old-revision')] }),
      state: 'waiting',
      unmet: [/^needs a trial from 1 more kitchen of recipes\/pizza-dough as proposed \(revision aaaaaaaaaaaa\) for: Pizza dough — Fine sea salt: 45 g → 30 g$/],
    },
    {
      name: 'a trial of the current revision satisfies it',
      input: input([SALT], { reviews: [approve('hl', [SALT])], trials: [trial('lakeside', 'recipes/pizza-dough', 'aaaaaaaaaaaa')] }),
      state: 'satisfied',
    },
    {
      name: 'a rejecting trial does not count as one',
      input: input([SALT], { reviews: [approve('hl', [SALT])], trials: [trial('lakeside', 'recipes/pizza-dough', 'aaaaaaaaaaaa', { outcome: 'reject' })] }),
      state: 'waiting',
      notCounted: [/Lakeside Forno cooked recipes\/pizza-dough as proposed and rejected it/],
    },
    {
      name: 'a trial reported by someone who does not speak for its kitchen does not count',
      input: input([SALT], { reviews: [approve('hl', [SALT])], trials: [trial('lakeside', 'recipes/pizza-dough', 'aaaaaaaaaaaa', { reportedBy: 'cook' })] }),
      state: 'waiting',
      notCounted: [/@cook does not speak for Lakeside Forno/],
    },
    {
      name: 'a small amount change falls under the general rule only',
      input: input([SMALL_SALT], { reviews: [approve('ana', [SMALL_SALT])] }),
      state: 'satisfied',
    },
    {
      name: 'a proposal adding a trial for a kitchen its proposer does not speak for is blocked',
      input: input([{ kind: 'trial-reported', subject: 'content/trials/x.yaml', text: 'Trial reported: content/trials/x.yaml' }], { addedTrials: [{ file: 'content/trials/x.yaml', kitchen: 'lakeside' }] }),
      state: 'blocked',
      blocks: [/^content\/trials\/x\.yaml reports a trial for Lakeside Forno, but @cook does not speak for that kitchen — one of its people \(@priya\) must report it$/],
    },
    {
      name: "a kitchen's own trial needs nothing more",
      input: input([{ kind: 'trial-reported', subject: 'content/trials/x.yaml', text: 'Trial reported' }], { proposer: 'priya', addedTrials: [{ file: 'content/trials/x.yaml', kitchen: 'lakeside' }] }),
      state: 'satisfied',
    },
    {
      name: 'a change to the rules is in the strictest class: every requirement of every rule at once',
      input: input([RULES_EDIT], { reviews: [approve('ana', [RULES_EDIT]), approve('sam', [RULES_EDIT])] }),
      state: 'waiting',
      unmet: [/^needs 2 more kitchens' approvals for: The governance rules changed/, /^needs the approval of a kitchen with the food-safety role for: The governance rules changed/],
    },
  ];

  test.each(cases)('$name', ({ input: given, state, unmet = [], blocks = [], notCounted = [] }) => {
    const verdict = judge(given);
    expect(verdict.state).toBe(state);
    for (const pattern of unmet) expect(verdict.unmet).toContainEqual(expect.stringMatching(pattern));
    for (const pattern of blocks) expect(verdict.blocks).toContainEqual(expect.stringMatching(pattern));
    for (const pattern of notCounted) expect(verdict.notCounted).toContainEqual(expect.stringMatching(pattern));
    if (state === 'satisfied') expect(verdict.unmet).toEqual([]);
  });

  test('the override is recorded with its reason and the maintainers who gave it', () => {
    const verdict = judge(cases.find((c) => c.state === 'overridden')!.input);
    expect(verdict.override).toEqual({ reason: 'Supplier recall: the label must change today', by: ['ana', 'sam'] });
    expect(verdict.blocks).toHaveLength(1);
    expect(verdictLines(verdict)[1]).toBe('  ⚑ overridden by @ana, @sam: Supplier recall: the label must change today');
  });

  test('the strictest class is flagged', () => {
    expect(judge(input([RULES_EDIT])).strictest).toBe(true);
    expect(judge(input([TYPO])).strictest).toBe(false);
  });

  test('the revision leaves out prose and trials, and nothing else', () => {
    expect(proposalRevision([ALLERGEN, TYPO])).toBe(proposalRevision([ALLERGEN]));
    expect(proposalRevision([ALLERGEN, { kind: 'trial-reported', subject: 't', text: 't' }])).toBe(proposalRevision([ALLERGEN]));
    expect(proposalRevision([SMALL_SALT])).not.toBe(proposalRevision([SALT]));
    expect(proposalRevision([SALT, ALLERGEN])).toBe(proposalRevision([ALLERGEN, SALT]));
  });

  test('review text in the Markdown verdict cannot become a link or markup', () => {
    const verdict = judge(input([TYPO], { proposer: 'x](https://evil.example)', reviews: [] }));
    const markdown = verdictMarkdown({ ...verdict, notCounted: ['[click](https://evil.example) <img src=x>'] });
    expect(markdown).not.toMatch(/(?<!\\)\[click/);
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).toContain('\\[click\\](https://evil.example) \\<img src=x\\>');
  });
});
