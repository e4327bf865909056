/**
 * The kitchen diff on real git history: a temporary repository holding the fixture
 * binder, one commit that changes a quantity, and the diff (and CLI) between them.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diffRevisions, UnknownRevisionError } from '../../src/binder/revision-diff.ts';
import { summaryLines } from '../../src/domain/kitchen-diff/summary.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const PROJECT = path.resolve(import.meta.dirname, '../..');
let repo: string;

function git(...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
}

async function edit(file: string, from: string, to: string): Promise<void> {
  const target = path.join(repo, 'content', file);
  const text = await readFile(target, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  await writeFile(target, text.replace(from, to));
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'kitchen-diff-repo-'));
  await cp(FIXTURE, path.join(repo, 'content'), { recursive: true });
  git('init', '--quiet');
  git('add', '-A');
  git('commit', '--quiet', '-m', 'Fixture binder');
  await edit('recipes/pizza.mdx', 'quantity: 120', 'quantity: 100');
  git('commit', '--quiet', '-am', 'Less mozzarella');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('diffRevisions', () => {
  test('one quantity changed between two commits gives one summary line, and the head is valid', async () => {
    const result = await diffRevisions({ repoDir: repo, base: 'HEAD~1', head: 'HEAD' });
    expect(summaryLines(result.diff)).toEqual(['Pizza — Mozzarella: 120 g → 100 g']);
    expect(result.headProblems).toEqual([]);
    expect([result.baseRef, result.headRef]).toEqual(['HEAD~1', 'HEAD']);
  });

  test('leaves no temporary folders behind', async () => {
    // A temporary folder of this test's own: other test files diff revisions at the same time on a busy machine.
    const own = await mkdtemp(path.join(tmpdir(), 'kitchen-diff-tmp-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = own;
    try {
      // diffRevisions makes its folders where os.tmpdir() says, which now is this test's own.
      expect(tmpdir()).toBe(own);
      await diffRevisions({ repoDir: repo, base: 'HEAD~1', head: 'HEAD' });
      expect(await readdir(own)).toEqual([]);
      await expect(diffRevisions({ repoDir: repo, base: 'no-such-branch', head: 'HEAD' })).rejects.toThrow();
      expect(await readdir(own)).toEqual([]);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
      await rm(own, { recursive: true, force: true });
    }
  });

  test('a revision that hides content from git archive (export-ignore) is refused, not half-compared', async () => {
    await writeFile(path.join(repo, 'content', '.gitattributes'), 'recipes/pizza.mdx export-ignore\n');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'Hide the pizza');
    try {
      await expect(diffRevisions({ repoDir: repo, base: 'HEAD~1', head: 'HEAD' })).rejects.toThrow(
        /^[0-9a-f]{7} hides 1 content file from the diff \(content\/recipes\/pizza\.mdx\), most likely with `export-ignore` in a \.gitattributes file — remove that attribute/,
      );
    } finally {
      git('reset', '--quiet', '--hard', 'HEAD~1');
    }
  });

  test('a bad revision name is named, with how to list revisions', async () => {
    const attempt = diffRevisions({ repoDir: repo, base: 'HEAD~1', head: 'no-such-branch' });
    await expect(attempt).rejects.toBeInstanceOf(UnknownRevisionError);
    await expect(attempt).rejects.toThrow(/`no-such-branch` is not a revision .* `git branch -a` .* `git log --oneline -20`/);
  });

  test("the head's verdict is npm run check's: a file out of the editor's form is a problem", async () => {
    await edit('stations/bench.yaml', 'name: Bench', "name: 'Bench'");
    try {
      const result = await diffRevisions({ repoDir: repo, base: 'HEAD' });
      expect(result.headProblems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
        "content/stations/bench.yaml:1: is not in the editor's canonical form (the editor writes `name: Bench` here)",
      ]);
    } finally {
      git('checkout', '--quiet', '--', 'content');
    }
  });

  test('without a head, the working tree is compared, and its problems reported', async () => {
    await edit('recipes/dough.mdx', 'timerMinutes: 8', 'timerMinutes: 10');
    await edit('ingredients/water.yaml', 'density: 1', 'density: 0');
    try {
      const result = await diffRevisions({ repoDir: repo, base: 'HEAD' });
      expect(result.headRef).toBe('working tree');
      expect(summaryLines(result.diff)).toEqual(['Dough — Step 1 timer: 8 min → 10 min', 'Water — Ingredient not compared: its file has problems in head (listed below)']);
      expect(result.headProblems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual(['content/ingredients/water.yaml:3: density']);
    } finally {
      git('checkout', '--quiet', '--', 'content');
    }
  });
});

describe('npm run diff', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(PROJECT, 'src/cli/diff.ts'), ...args, '--repo', repo], { encoding: 'utf8' });

  test.each([
    { format: 'text', expected: '    Mozzarella: 120 g → 100 g  (−20 g, −16.7%)' },
    { format: 'markdown', expected: '| Mozzarella | 120 g | 100 g | −20 g, −16.7% |   |' },
    { format: 'json', expected: '"text": "Pizza — Mozzarella: 120 g → 100 g"' },
  ])('prints $format and exits 0 for a valid head', ({ format, expected }) => {
    const result = run('HEAD~1', 'HEAD', '--format', format);
    expect(result.stdout).toContain(expected);
    expect(result.status).toBe(0);
  });

  test('exits 1 after printing when the head has content problems', async () => {
    await edit('recipes/pizza.mdx', 'quantity: 100', 'quantity: -1');
    try {
      const result = run('HEAD');
      expect(result.stdout).toContain('✗ working tree has 1 problem to fix before it can be merged:');
      expect(result.stdout).toContain('content/recipes/pizza.mdx:18: ingredients.1.quantity:');
      expect(result.status).toBe(1);
    } finally {
      git('checkout', '--quiet', '--', 'content');
    }
  });

  test.each([
    { name: 'no revision', args: [], message: 'Give the base revision to compare with.' },
    { name: 'an unknown format', args: ['HEAD~1', 'HEAD', '--format', 'html'], message: 'Unknown format `html` — use text, markdown or json.' },
    { name: 'an unknown revision', args: ['nope', 'HEAD'], message: '`nope` is not a revision' },
    { name: 'three revisions', args: ['a', 'b', 'c'], message: 'Too many revisions: a b c.' },
  ])('exits 2 with the usage for $name', ({ args, message }) => {
    const result = run(...args);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('usage: npm run diff -- <base> [<head>]');
    expect(result.status).toBe(2);
  });
});
