/**
 * Accepting a proposal: refused, with what is missing and nothing changed, until the
 * rules are met; then merged with who vouched for it as trailers, which an entry's
 * history reads back ("accepted …: reviewed by Harbour Lane; cooked in 1 kitchen").
 * Local reviews are git notes on the commit they saw.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readChangeHistory } from '../../src/binder/change-history.ts';
import { checkRevision } from '../../src/binder/revision-diff.ts';
import { entryRevisionOf } from '../../src/domain/governance/entry-revision.ts';
import { acceptanceText, parseAcceptance } from '../../src/domain/governance/trailers.ts';
import { acceptLocalProposal, AcceptRefusedError } from '../../src/governance/accept.ts';
import { localReviews, recordLocalReview } from '../../src/governance/local-reviews.ts';
import { KITCHEN, RULES } from './governance-fixtures.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
let repo: string;
const git = (...args: string[]) => execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
};
const dough = () => path.join(repo, 'content/recipes/dough.mdx');

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'accept-'));
  cpSync(FIXTURE, path.join(repo, 'content'), { recursive: true });
  write('content/kitchens/harbour-lane.yaml', KITCHEN);
  write('content/governance.yaml', RULES.replace('      kitchens: 1\n      role: food-safety\n', '      kitchens: 1\n      role: food-safety\n      trials: 1\n'));
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Marco');
  git('config', 'user.email', 'marco@example.org');
  git('add', '-A');
  git('commit', '-qm', 'A binder with rules');
  git('checkout', '-qb', 'cms/recipes/dough');
  writeFileSync(dough(), readFileSync(dough(), 'utf8').replace('ingredients:\n', 'ingredients:\n  - ingredient: mozzarella\n    quantity: 10\n    unit: g\n'));
  git('commit', '-qam', 'A little cheese in the dough');
  git('checkout', '-q', 'main');
});

afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('acceptLocalProposal', () => {
  test('refuses while the rules are not met, naming what is missing, and changes nothing', async () => {
    const before = git('rev-parse', 'main');
    await expect(acceptLocalProposal(repo, 'cms/recipes/dough', 'main')).rejects.toThrow(AcceptRefusedError);
    await expect(acceptLocalProposal(repo, 'cms/recipes/dough', 'main')).rejects.toThrow(/needs 1 more kitchen's approval for: Dough — ALLERGEN ADDED: Milk \(from Mozzarella\)/);
    expect(git('rev-parse', 'main')).toBe(before);
    expect(git('status', '--porcelain')).toBe('');
  });

  test('a request for changes recorded as a note blocks; dismissing it lifts the block', async () => {
    await recordLocalReview(repo, 'cms/recipes/dough', { login: 'harbour-lane-kitchen', state: 'changes-requested' });
    await expect(acceptLocalProposal(repo, 'cms/recipes/dough', 'main')).rejects.toThrow(/Harbour Lane \(@harbour-lane-kitchen\) requested changes/);
    await recordLocalReview(repo, 'cms/recipes/dough', { login: 'harbour-lane-kitchen', state: 'dismissed' });
    const base = git('merge-base', 'main', 'cms/recipes/dough');
    expect((await localReviews(repo, base, 'cms/recipes/dough')).map((r) => r.state)).toEqual(['changes-requested', 'dismissed']);
  });

  test('the CLI refuses with exit code 1 and the verdict', () => {
    const result = spawnSync(process.execPath, [path.join(PROJECT, 'src/cli/accept.ts'), 'cms/recipes/dough', '--repo', repo], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('✗ `cms/recipes/dough` cannot be accepted yet:');
    expect(result.stderr).toContain('needs a trial from 1 more kitchen of recipes/dough as proposed');
  });

  test('once approved and cooked, it is merged with trailers that the history reads back', async () => {
    // Harbour Lane cooks the proposal, reports it on the branch, and approves; the maintainer approves.
    const revision = entryRevisionOf(await checkRevision(repo, 'cms/recipes/dough'), 'recipes/dough')!;
    git('checkout', '-q', 'cms/recipes/dough');
    git('config', 'user.name', 'Harbour Lane');
    write('content/trials/2026-12-01-harbour-lane-dough.yaml', `entry: recipes/dough\nrevision: ${revision}\nproposal: cms/recipes/dough\nkitchen: harbour-lane\ndate: 2026-12-01\nbatches: 1\noutcome: adopt\n`);
    git('add', '-A');
    git('commit', '-qm', 'Harbour Lane cooked it');
    git('checkout', '-q', 'main');
    git('config', 'user.name', 'Marco');
    await recordLocalReview(repo, 'cms/recipes/dough', { login: 'harbour-lane-kitchen', state: 'approved' });
    await recordLocalReview(repo, 'cms/recipes/dough', { login: 'ana', state: 'approved' });
    // The proposer is the first commit's author (Marco), who speaks for no kitchen; the trial's commit is Harbour Lane's
    // own, but a proposal's trials are judged as its proposer's, so this one blocks until Harbour Lane reports it itself.
    await expect(acceptLocalProposal(repo, 'cms/recipes/dough', 'main')).rejects.toThrow(/reports a trial for Harbour Lane, but @Marco does not speak for that kitchen/);

    // Reported in its own proposal by its own kitchen, and accepted into main first, the trial counts.
    git('checkout', '-q', 'cms/recipes/dough');
    git('rm', '-q', 'content/trials/2026-12-01-harbour-lane-dough.yaml');
    git('commit', '-qm', 'The trial goes in its own proposal');
    git('checkout', '-q', 'main');
    write('content/trials/2026-12-01-harbour-lane-dough.yaml', `entry: recipes/dough\nrevision: ${revision}\nproposal: cms/recipes/dough\nkitchen: harbour-lane\ndate: 2026-12-01\nbatches: 1\noutcome: adopt\n`);
    git('add', '-A');
    git('commit', '-qm', 'Harbour Lane cooked cms/recipes/dough');
    await recordLocalReview(repo, 'cms/recipes/dough', { login: 'harbour-lane-kitchen', state: 'approved' });
    await recordLocalReview(repo, 'cms/recipes/dough', { login: 'ana', state: 'approved' });

    const accepted = await acceptLocalProposal(repo, 'cms/recipes/dough', 'main');
    expect(accepted.judged.verdict.state).toBe('satisfied');
    const message = git('log', '-1', '--format=%B', 'main');
    expect(message.split('\n')[0]).toBe('Accept cms/recipes/dough: A little cheese in the dough');
    expect(message).toContain('⚠ Dough — Allergen added: Milk (from Mozzarella)');
    expect(git('log', '-1', '--format=%(trailers:only,unfold)', 'main').split('\n').filter(Boolean)).toEqual([
      'Reviewed-by: harbour-lane-kitchen (Harbour Lane)',
      'Reviewed-by: ana (maintainer)',
      'Tested-by: Harbour Lane (kitchen harbour-lane)',
      'Peer-review: satisfied',
    ]);
    expect(git('rev-parse', 'main^2')).toBe(git('rev-parse', 'cms/recipes/dough'));
    expect(git('status', '--porcelain')).toBe('');

    const history = await readChangeHistory(repo);
    const cheese = history.get('content/recipes/dough.mdx')!.find((record) => record.summary === 'A little cheese in the dough')!;
    expect(cheese.accepted?.text).toBe('reviewed by Harbour Lane and ana; cooked in 1 kitchen');
    expect(history.get('content/trials/2026-12-01-harbour-lane-dough.yaml')![0]!.accepted).toBeUndefined();
  });

  test('a proposal into a branch that is not checked out is merged in git without touching the working tree', async () => {
    git('branch', 'release', 'main~1');
    git('checkout', '-qb', 'cms/recipes/pizza', 'release');
    const pizza = path.join(repo, 'content/recipes/pizza.mdx');
    writeFileSync(pizza, readFileSync(pizza, 'utf8').replace(/^summary: .*$/m, 'summary: Dough, cheese, a very hot oven.'));
    git('commit', '-qam', 'Say how hot');
    git('checkout', '-q', 'main');
    await recordLocalReview(repo, 'cms/recipes/pizza', { login: 'ana', state: 'approved' });
    const head = git('rev-parse', 'HEAD');
    const accepted = await acceptLocalProposal(repo, 'cms/recipes/pizza', 'release');
    expect(git('rev-parse', 'release')).toBe(accepted.commit);
    expect(git('rev-parse', 'HEAD')).toBe(head);
    expect(git('log', '-1', '--format=%(trailers:only,unfold)', 'release').split('\n').filter(Boolean)).toEqual(['Reviewed-by: ana (maintainer)', 'Peer-review: satisfied']);
  });
});

describe('trailers', () => {
  test('an override is recorded and read back', () => {
    const acceptance = parseAcceptance('Accept #12: recall\n\nOverride: supplier recall (ana, sam)\nPeer-review: overridden\n');
    expect(acceptance).toEqual({ reviewedBy: [], cookedIn: [], override: 'supplier recall' });
    expect(acceptanceText(acceptance!)).toBe('rules overridden: supplier recall');
  });

  test('a message without the peer-review trailer records no acceptance', () => {
    expect(parseAcceptance('Fix a typo\n\nReviewed-by: someone (Somewhere)\n')).toBeUndefined();
  });
});
