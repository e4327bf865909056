/**
 * Pull requests as proposals: read from the GitHub API, fetched from the remote
 * into refs the user never works on, and diffed from where they branched off.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { githubOpenProposals, githubRepository, GitHubProposalsError } from '../../src/proposals/open-proposals.ts';
import { summaryLines } from '../../src/domain/kitchen-diff/summary.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
let root: string;
let remote: string;
let local: string;
const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'pull-requests-'));
  remote = path.join(root, 'remote');
  local = path.join(root, 'local');
  // The "GitHub" repository: main, plus a pull request head under refs/pull/7/head.
  cpSync(FIXTURE, path.join(remote, 'content'), { recursive: true });
  run(remote, 'init', '--quiet', '--initial-branch=main');
  run(remote, 'config', 'user.name', 'Upstream');
  run(remote, 'config', 'user.email', 'upstream@example.org');
  run(remote, 'add', '.');
  run(remote, 'commit', '--quiet', '-m', 'Binder');
  const dough = path.join(remote, 'content', 'recipes', 'dough.mdx');
  run(remote, 'checkout', '--quiet', '-b', 'contributor');
  writeFileSync(dough, readFileSync(dough, 'utf8').replace('quantity: 600', 'quantity: 650'));
  run(remote, 'commit', '--quiet', '-am', 'More flour: the dough was sticky');
  run(remote, 'update-ref', 'refs/pull/7/head', 'contributor');
  run(remote, 'checkout', '--quiet', 'main');
  run(root, 'clone', '--quiet', remote, local);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const pulls = [{ number: 7, title: 'More flour: the dough was sticky', html_url: 'https://github.com/acme/binder/pull/7', labels: [{ name: 'decap-cms/pending_review' }], base: { ref: 'main' } }];

describe('githubOpenProposals', () => {
  test('lists each open pull request with its status and kitchen diff', async () => {
    let asked: { url: string; auth: string | null } | undefined;
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      asked = { url, auth: new Headers(init?.headers).get('authorization') };
      return new Response(JSON.stringify(pulls), { status: 200 });
    }) as typeof fetch;
    const [proposal, ...rest] = await githubOpenProposals(local, { owner: 'acme', name: 'binder' }, 'secret', { fetchImpl, remoteUrl: remote });
    expect(rest).toEqual([]);
    expect(asked).toEqual({ url: 'https://api.github.com/repos/acme/binder/pulls?state=open&per_page=100', auth: 'Bearer secret' });
    expect(proposal).toMatchObject({ source: 'github', id: '#7', reason: 'More flour: the dough was sticky', status: 'in review', url: 'https://github.com/acme/binder/pull/7' });
    expect(summaryLines(proposal!.report.diff)).toEqual(['Dough — Flour: 600 g → 650 g']);
    // Fetched into refs/proposals/, never into a branch.
    expect(run(local, 'branch', '--list')).toBe('* main');
    expect(run(local, 'for-each-ref', '--format=%(refname)', 'refs/proposals/')).toBe('refs/proposals/base-7\nrefs/proposals/pr-7');
  });

  test('a refused token says what to check', async () => {
    const fetchImpl = (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch;
    await expect(githubOpenProposals(local, { owner: 'acme', name: 'binder' }, 'bad', { fetchImpl, remoteUrl: remote })).rejects.toThrow(GitHubProposalsError);
    await expect(githubOpenProposals(local, { owner: 'acme', name: 'binder' }, 'bad', { fetchImpl, remoteUrl: remote })).rejects.toThrow(
      'GitHub answered 401 for https://api.github.com/repos/acme/binder/pulls?state=open&per_page=100 — check that GITHUB_TOKEN can read the repository',
    );
  });
});

describe('githubRepository', () => {
  test.each([
    ['https://github.com/acme/binder', { owner: 'acme', name: 'binder' }],
    ['https://github.com/acme/binder.git', { owner: 'acme', name: 'binder' }],
    ['https://github.com/acme/my.binder/', { owner: 'acme', name: 'my.binder' }],
    ['https://gitlab.com/acme/binder', undefined],
  ])('%s', (url, expected) => {
    expect(githubRepository(url)).toEqual(expected);
  });
});
