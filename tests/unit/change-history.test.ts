import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseChangeLog, readChangeHistory, shortSummary, SUMMARY_LENGTH } from '../../src/binder/change-history.ts';

describe('parseChangeLog', () => {
  const log = [
    '\x1eaaa\x1f2026-11-02T10:00:00+00:00\x1fAna\x1fLess oil in the margherita: 10 g → 8 g\n\ncontent/recipes/margherita.mdx',
    '\x1ebbb\x1f2026-11-01T09:00:00+00:00\x1fBo\x1fAdd the sample binder\n\ncontent/recipes/margherita.mdx\ncontent/ingredients/water.yaml\nREADME.md',
    '\x1eccc\x1f2026-10-01T09:00:00+00:00\x1fCy\x1fBrooklyn: a smaller margherita\n\nlayers/brooklyn/recipes/margherita.mdx',
  ].join('\n');

  test.each([
    ['content/recipes/margherita.mdx', ['Less oil in the margherita: 10 g → 8 g', 'Add the sample binder']],
    ['content/ingredients/water.yaml', ['Add the sample binder']],
    ['layers/brooklyn/recipes/margherita.mdx', ['Brooklyn: a smaller margherita']],
    ['README.md', undefined],
  ])('%s', (file, summaries) => {
    expect(parseChangeLog(log, ['content', 'layers'], 10).get(file)?.map((r) => r.summary)).toEqual(summaries);
  });

  test('keeps only the newest changes of each file', () => {
    expect(parseChangeLog(log, ['content'], 1).get('content/recipes/margherita.mdx')).toEqual([
      { commit: 'aaa', date: '2026-11-02T10:00:00+00:00', author: 'Ana', summary: 'Less oil in the margherita: 10 g → 8 g' },
    ]);
  });
});

describe('readChangeHistory', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'history-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });

  test('reads commit subjects per content file, leaving out merges', async () => {
    git('init', '--quiet', '--initial-branch=main');
    git('config', 'user.name', 'Test Cook');
    git('config', 'user.email', 'cook@example.org');
    mkdirSync(path.join(repo, 'content', 'recipes'), { recursive: true });
    writeFileSync(path.join(repo, 'content', 'recipes', 'focaccia.mdx'), 'v1');
    git('add', '.');
    git('commit', '--quiet', '-m', 'First focaccia');
    git('checkout', '--quiet', '-b', 'cms/recipes/focaccia');
    writeFileSync(path.join(repo, 'content', 'recipes', 'focaccia.mdx'), 'v2');
    git('commit', '--quiet', '-am', 'More rosemary, less salt');
    git('checkout', '--quiet', 'main');
    git('merge', '--quiet', '--no-ff', '-m', 'Automatically generated. Merged on Decap CMS.', 'cms/recipes/focaccia');
    const history = await readChangeHistory(repo);
    expect(history.get('content/recipes/focaccia.mdx')?.map((r) => r.summary)).toEqual(['More rosemary, less salt', 'First focaccia']);
    expect(history.get('content/recipes/focaccia.mdx')?.[0]?.author).toBe('Test Cook');
  });

  test('is empty outside a git repository', async () => {
    const plain = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    try {
      expect((await readChangeHistory(plain)).size).toBe(0);
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });
});

describe('a long subject is cut at a word, with an ellipsis', () => {
  test.each([
    ['Less oil in the margherita: 10 g → 8 g', 'Less oil in the margherita: 10 g → 8 g'],
    [`Par levels and the prep list (#17): ${'a recipe made ahead has a par, '.repeat(6)}and more`, 'Par levels and the prep list (#17): a recipe made ahead has a par, a recipe made ahead has a par, a recipe made ahead has a par, a recipe…'],
    ['x'.repeat(200), `${'x'.repeat(SUMMARY_LENGTH - 1)}…`],
  ])('%s', (subject, shown) => {
    expect(shortSummary(subject)).toBe(shown);
    expect(shortSummary(subject).length).toBeLessThanOrEqual(SUMMARY_LENGTH);
  });
});
