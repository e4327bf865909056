/**
 * The credits page's contributors: every author of the binder's content, once each,
 * through .mailmap, most changes first.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { countContributors, readContributors } from '../../src/binder/contributors.ts';

describe('countContributors', () => {
  test.each([
    ['one line each', 'Ana\x1fana@example.org\nBo\x1fbo@example.org', [{ name: 'Ana', commits: 1 }, { name: 'Bo', commits: 1 }]],
    ['the same address in another case is the same person', 'Ana\x1fana@example.org\nAna\x1fANA@example.org\nBo\x1fbo@example.org', [{ name: 'Ana', commits: 2 }, { name: 'Bo', commits: 1 }]],
    ['most changes first, then by name', 'Cy\x1fc@x\nBo\x1fb@x\nBo\x1fb@x\nAl\x1fa@x', [{ name: 'Bo', commits: 2 }, { name: 'Al', commits: 1 }, { name: 'Cy', commits: 1 }]],
    ['blank lines are nothing', '\n\n', []],
  ])('%s', (_name, log, expected) => {
    expect(countContributors(log)).toEqual(expected);
  });
});

describe('readContributors', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'contributors-'));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const commit = (file: string, name: string, email: string) => {
    mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
    writeFileSync(path.join(repo, file), `${name} ${Math.random()}`);
    execFileSync('git', ['add', '.'], { cwd: repo });
    execFileSync('git', ['-c', `user.name=${name}`, '-c', `user.email=${email}`, 'commit', '--quiet', '-m', file], { cwd: repo });
  };

  test('authors of content/ and layers/ only, one per person through .mailmap', async () => {
    execFileSync('git', ['init', '--quiet', '-b', 'main'], { cwd: repo });
    commit('content/recipes/a.mdx', 'Ana Cook', 'ana@work.example');
    commit('content/recipes/b.mdx', 'ana', 'ana@home.example');
    commit('layers/brooklyn/recipes/c.mdx', 'Bo Chef', 'bo@example.org');
    commit('src/code.ts', 'Dev Only', 'dev@example.org');
    writeFileSync(path.join(repo, '.mailmap'), 'Ana Cook <ana@work.example> <ana@home.example>\n');
    expect(await readContributors(repo)).toEqual([
      { name: 'Ana Cook', commits: 2 },
      { name: 'Bo Chef', commits: 1 },
    ]);
  });
});
