/**
 * A proposal judged from git, as the workflow and `npm run proposals` judge it: the
 * rules in force come from the branch it would merge into, each review counts for
 * the commit it saw, and trials it adds must be its proposer's own kitchen's.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { judgeProposal, NoRulesInForceError } from '../../src/governance/proposal-verdict.ts';
import { KITCHEN, RULES, TRIAL } from './governance-fixtures.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
let repo: string;

const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x' } }).trim();
const edit = (file: string, change: (text: string) => string) => writeFileSync(path.join(repo, file), change(readFileSync(path.join(repo, file), 'utf8')));
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};
const commit = (message: string) => {
  git('add', '-A');
  git('commit', '-qm', message);
  return git('rev-parse', 'HEAD');
};
const MOZZARELLA_IN_DOUGH = (text: string) => text.replace('ingredients:\n', 'ingredients:\n  - ingredient: mozzarella\n    quantity: 10\n    unit: g\n');

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'governed-'));
  cpSync(FIXTURE, path.join(repo, 'content'), { recursive: true });
  write('content/kitchens/harbour-lane.yaml', KITCHEN);
  write('content/kitchens/brooklyn.yaml', 'name: Brooklyn Slice\nrepository: https://github.com/b/binder\nlogins:\n  - marco\n');
  write('content/governance.yaml', RULES.replace('  - ana\n', '  - ana\n  - sam\n'));
  git('init', '-q', '-b', 'main');
  commit('A binder with rules');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('judgeProposal', () => {
  let first: string;
  let salted: string;
  let typo: string;

  beforeAll(() => {
    git('checkout', '-qb', 'cheesy-dough', 'main');
    edit('content/recipes/dough.mdx', MOZZARELLA_IN_DOUGH);
    first = commit('Cheese in the dough');
    edit('content/recipes/dough.mdx', (text) => text.replace(/quantity: (\d+)\n    unit: ml/, (_, n) => `quantity: ${Number(n) + 50}\n    unit: ml`));
    salted = commit('More water');
    edit('content/recipes/dough.mdx', (text) => text.replace(/^summary: .*$/m, 'summary: A dough with a little cheese in it.'));
    typo = commit('Reword the summary');
    git('checkout', '-q', 'main');
  });

  const judged = (reviews: Array<{ login: string; state: 'approved' | 'changes-requested'; commit: string }>) =>
    judgeProposal({ repoDir: repo, target: 'main', base: 'main', head: 'cheesy-dough', proposer: 'marco', reviews });

  test('an allergen added waits for a kitchen with the food-safety role', async () => {
    const { verdict, changes } = await judged([]);
    expect(changes.map((change) => change.kind)).toContain('allergen-added');
    expect(verdict.state).toBe('waiting');
    expect(verdict.unmet).toContainEqual(expect.stringMatching(/^needs 1 more kitchen's approval for: Dough — ALLERGEN ADDED: Milk \(from Mozzarella\)$/));
  });

  test('an approval of the head commit counts; one of a commit before a governed change does not', async () => {
    expect((await judged([{ login: 'harbour-lane-kitchen', state: 'approved', commit: salted }, { login: 'ana', state: 'approved', commit: salted }])).verdict.state).toBe('satisfied');
    const stale = await judged([{ login: 'harbour-lane-kitchen', state: 'approved', commit: first }, { login: 'ana', state: 'approved', commit: first }]);
    expect(stale.verdict.state).toBe('waiting');
    expect(stale.verdict.notCounted).toContainEqual(expect.stringMatching(/^Harbour Lane \(@harbour-lane-kitchen\) approved an earlier revision/));
  });

  test('a reworded summary after the approval keeps it', async () => {
    const { verdict, revision } = await judged([{ login: 'harbour-lane-kitchen', state: 'approved', commit: salted }, { login: 'ana', state: 'approved', commit: salted }]);
    expect(verdict.state).toBe('satisfied');
    expect(git('rev-parse', 'cheesy-dough')).toBe(typo);
    expect(revision).toMatch(/^[0-9a-f]{12}$/);
  });

  test('a review of a commit that is no longer in the repository counts as an earlier revision', async () => {
    const { verdict } = await judged([{ login: 'harbour-lane-kitchen', state: 'approved', commit: 'f'.repeat(40) }]);
    expect(verdict.notCounted).toContainEqual(expect.stringMatching(/approved an earlier revision/));
  });

  test('a request for changes from a registered kitchen blocks', async () => {
    const { verdict } = await judged([{ login: 'harbour-lane-kitchen', state: 'changes-requested', commit: typo }]);
    expect(verdict.state).toBe('blocked');
  });
});

test('a proposal that loosens the rules is judged by the rules before it, in the strictest class', async () => {
  git('checkout', '-qb', 'loosen', 'main');
  edit('content/governance.yaml', (text) => text.replace('      kitchens: 1\n      role: food-safety\n', '      kitchens: 0\n'));
  edit('content/recipes/dough.mdx', MOZZARELLA_IN_DOUGH);
  commit('Fewer rules, and cheese');
  git('checkout', '-q', 'main');
  const head = git('rev-parse', 'loosen');
  const { verdict, changes } = await judgeProposal({ repoDir: repo, target: 'main', base: 'main', head, proposer: 'marco', reviews: [{ login: 'ana', state: 'approved', commit: head }] });
  expect(changes.map((change) => change.kind)).toEqual(expect.arrayContaining(['rules-changed', 'allergen-added']));
  expect(verdict.strictest).toBe(true);
  // The new rules would need nothing; the rules in force still ask for a food-safety kitchen, for both changes.
  expect(verdict.unmet).toContainEqual(expect.stringMatching(/^needs 1 more kitchen's approval for: Dough — ALLERGEN ADDED/));
  expect(verdict.unmet).toContainEqual("needs the approval of a kitchen with the food-safety role for: The governance rules changed: content/governance.yaml");
});

test("a trial in a proposal counts only when its proposer speaks for the trial's kitchen", async () => {
  git('checkout', '-qb', 'trial', 'main');
  write('content/trials/2026-11-12-harbour-lane-pizza.yaml', TRIAL);
  commit('We cooked the pizza');
  git('checkout', '-q', 'main');
  const forged = await judgeProposal({ repoDir: repo, target: 'main', base: 'main', head: 'trial', proposer: 'mallory' });
  expect(forged.verdict.state).toBe('blocked');
  expect(forged.verdict.blocks).toEqual(['content/trials/2026-11-12-harbour-lane-pizza.yaml reports a trial for Harbour Lane, but @mallory does not speak for that kitchen — one of its people (@harbour-lane-kitchen) must report it']);
  const own = await judgeProposal({ repoDir: repo, target: 'main', base: 'main', head: 'trial', proposer: 'harbour-lane-kitchen' });
  expect(own.verdict.blocks).toEqual([]);
  expect(own.changes.map((change) => change.kind)).toEqual(['trial-reported']);
});

test('a target branch without rules is said, never waved through', async () => {
  git('checkout', '-qb', 'lawless', 'main');
  git('rm', '-q', 'content/governance.yaml');
  commit('No rules');
  git('checkout', '-q', 'main');
  await expect(judgeProposal({ repoDir: repo, target: 'lawless', base: 'lawless', head: 'lawless', proposer: 'x' })).rejects.toThrow(NoRulesInForceError);
});
