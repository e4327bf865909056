/**
 * Giving back: a fork's copy or patch becomes a branch on upstream's head whose diff
 * against upstream is exactly the restaurant's change, made without touching the
 * fork's checked-out branch, index or files. Real git repositories in temp folders.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { proposeUpstream } from '../../src/forks/upstream-proposal.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const PIZZA = 'content/recipes/pizza.mdx';
const DOUGH = 'content/recipes/dough.mdx';

let scratch: string;
let upstream: string;
let fork: string;

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
}

function identity(dir: string): void {
  git(dir, 'config', 'user.name', 'Head Chef');
  git(dir, 'config', 'user.email', 'chef@example.org');
}

/** The +/- lines of a diff, without file headers. */
function changedLines(diff: string): string[] {
  return diff.split('\n').filter((line) => /^[-+]/.test(line) && !/^(---|\+\+\+) /.test(line));
}

beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'upstream-proposal-'));
  upstream = path.join(scratch, 'upstream');
  fork = path.join(scratch, 'fork');
  await cp(FIXTURE, path.join(upstream, 'content'), { recursive: true });
  git(upstream, 'init', '--quiet', '-b', 'main');
  identity(upstream);
  git(upstream, 'add', '.');
  git(upstream, 'commit', '--quiet', '-m', 'Fixture Kitchen');
  execFileSync('git', ['clone', '--quiet', '--origin', 'upstream', upstream, fork]);
  identity(fork);
  const layer = path.join(fork, 'layers', 'brooklyn');
  await mkdir(path.join(layer, 'recipes'), { recursive: true });
  await mkdir(path.join(layer, 'patches', 'recipes'), { recursive: true });
  await writeFile(path.join(layer, 'layer.yaml'), 'extends: content\nsite:\n  name: Brooklyn Kitchen\n  repository: https://github.com/brooklyn/binder\n');
  // A copy of the pizza with less cheese, and a patch of the dough.
  await writeFile(path.join(layer, 'recipes', 'pizza.mdx'), (await readFile(path.join(fork, PIZZA), 'utf8')).replace('quantity: 120', 'quantity: 100'));
  await writeFile(path.join(layer, 'patches', 'recipes', 'dough.yaml'), 'reason: Softer dough for our oven\ningredients:\n  - ingredient: water\n    quantity: 700\n');
  git(fork, 'add', '.');
  git(fork, 'commit', '--quiet', '-m', "Brooklyn's menu");
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('npm run upstream-proposal', () => {
  test('a copy becomes a branch on upstream whose diff is exactly the change, and nothing of the fork moves', async () => {
    const head = git(fork, 'rev-parse', 'HEAD');
    const proposal = await proposeUpstream(fork, 'recipes/pizza');
    expect(proposal.branch).toBe('upstream-proposal/recipes/pizza');
    expect(proposal.file).toBe(PIZZA);
    expect(git(fork, 'rev-parse', `${proposal.branch}~1`)).toBe(git(upstream, 'rev-parse', 'main'));
    expect(git(fork, 'diff', '--name-only', 'upstream/main', proposal.branch)).toBe(PIZZA);
    expect(changedLines(git(fork, 'diff', '--unified=0', 'upstream/main', proposal.branch))).toEqual(['-    quantity: 120', '+    quantity: 100']);
    expect(proposal.report.headProblems).toEqual([]);
    const recipes = proposal.report.diff.entries.filter((entry) => entry.collection === 'recipes');
    expect(recipes.map((entry) => entry.id)).toEqual(['pizza']);
    expect(proposal.behind).toBe(false);
    // The fork is exactly as it was.
    expect(git(fork, 'rev-parse', 'HEAD')).toBe(head);
    expect(git(fork, 'status', '--porcelain')).toBe('');
    expect(git(fork, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('main');
  });

  test('a patch is applied to upstream’s current version, so upstream’s newer changes stay', async () => {
    // Upstream improves the dough after the fork patched it.
    await writeFile(path.join(upstream, DOUGH), (await readFile(path.join(upstream, DOUGH), 'utf8')).replace(/^summary: .*$/m, 'summary: Our house dough, now rested longer.'));
    git(upstream, 'commit', '--quiet', '-am', 'Rest the dough longer');
    const proposal = await proposeUpstream(fork, 'recipes/dough');
    expect(proposal.file).toBe(DOUGH);
    const diff = changedLines(git(fork, 'diff', '--unified=0', 'upstream/main', proposal.branch));
    expect(diff).toHaveLength(2);
    expect(diff[0]).toMatch(/^- {4}quantity: \d+$/);
    expect(diff[1]).toBe('+    quantity: 700');
    expect(git(fork, 'show', `${proposal.branch}:${DOUGH}`)).toContain('summary: Our house dough, now rested longer.');
    expect(git(fork, 'log', '-1', '--format=%s', proposal.branch)).toBe('Dough: Softer dough for our oven');
  });

  test('a copy made before upstream’s latest change is flagged as behind', async () => {
    await writeFile(path.join(upstream, PIZZA), (await readFile(path.join(upstream, PIZZA), 'utf8')).replace('summary: Dough, cheese, heat.', 'summary: Dough, cheese, fire.'));
    git(upstream, 'commit', '--quiet', '-am', 'Fire');
    const proposal = await proposeUpstream(fork, 'recipes/pizza');
    expect(proposal.behind).toBe(true);
  });

  test.each([
    ['recipes/flour', /is not customised in layers\/brooklyn\//],
    ['recipe/pizza', /is not an entry/],
  ])('%s is refused with what to do', async (entry, message) => {
    await expect(proposeUpstream(fork, entry)).rejects.toThrow(message);
    expect(git(fork, 'branch', '--list', 'upstream-proposal/*')).toBe('');
  });

  test('an existing branch is kept unless --force', async () => {
    const first = await proposeUpstream(fork, 'recipes/pizza');
    await expect(proposeUpstream(fork, 'recipes/pizza')).rejects.toThrow(/already exists .* --force/);
    expect(git(fork, 'rev-parse', first.branch)).toBe(first.commit);
    const again = await proposeUpstream(fork, 'recipes/pizza', { force: true });
    expect(git(fork, 'rev-parse', again.branch)).toBe(again.commit);
  });

  test('a patch that no longer applies upstream says to sync first', async () => {
    // Upstream drops the water line the patch changes (a dry mix, for this test).
    const dough = await readFile(path.join(upstream, DOUGH), 'utf8');
    await writeFile(path.join(upstream, DOUGH), dough.replace(/ {2}- ingredient: water\n {4}quantity: 400\n {4}unit: ml\n/, '').replace('Mix @flour and @water.', 'Mix @flour.'));
    git(upstream, 'commit', '--quiet', '-am', 'No water line');
    expect(git(upstream, 'show', `HEAD:${DOUGH}`)).not.toContain('water');
    await expect(proposeUpstream(fork, 'recipes/dough')).rejects.toThrow(/no longer applies .* run `npm run sync`/);
  });
});
