/**
 * Pull requests as proposals: read from the GitHub API page after page, fetched
 * from the remote into refs the user never works on — with the token handed to git
 * through its environment only — and diffed from where they branched off. Then
 * `npm run proposals` printing each proposal's whole kitchen diff.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { git } from '../../src/binder/git.ts';
import { gitTokenEnv, withoutToken } from '../../src/proposals/git-token-env.ts';
import { listOpenPullRequests, nextPageUrl, openPullRequest, type PullRequest } from '../../src/proposals/github-pull-requests.ts';
import { githubOpenProposals, githubRepository, GitHubProposalsError, localOpenProposals, type GitRunner } from '../../src/proposals/open-proposals.ts';
import { summaryLines } from '../../src/domain/kitchen-diff/summary.ts';

const PROJECT = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const API = 'https://api.github.com/repos/acme/binder/pulls?state=open&per_page=100';
const TOKEN = 'ghp_s3cret-token';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
let root: string;
let remote: string;
let local: string;
const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** A committed copy of the fixture binder in `dir`, on main. */
function binderRepo(dir: string): void {
  cpSync(FIXTURE, path.join(dir, 'content'), { recursive: true });
  run(dir, 'init', '--quiet', '--initial-branch=main');
  run(dir, 'config', 'user.name', 'Upstream');
  run(dir, 'config', 'user.email', 'upstream@example.org');
  run(dir, 'add', '.');
  run(dir, 'commit', '--quiet', '-m', 'Binder');
}

/** On a new branch `name` from main: `edit` applied to the dough recipe, committed with `reason`. */
function doughBranch(dir: string, name: string, reason: string, edit: (text: string) => string): void {
  const dough = path.join(dir, 'content', 'recipes', 'dough.mdx');
  run(dir, 'checkout', '--quiet', '-b', name, 'main');
  writeFileSync(dough, edit(readFileSync(dough, 'utf8')));
  run(dir, 'commit', '--quiet', '-am', reason);
  run(dir, 'checkout', '--quiet', 'main');
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'pull-requests-'));
  remote = path.join(root, 'remote');
  local = path.join(root, 'local');
  // The "GitHub" repository: main, plus pull request heads under refs/pull/<n>/head.
  binderRepo(remote);
  doughBranch(remote, 'contributor', 'More flour: the dough was sticky', (text) => text.replace('quantity: 600', 'quantity: 650'));
  run(remote, 'update-ref', 'refs/pull/7/head', 'contributor');
  doughBranch(remote, 'other', 'Less water', (text) => text.replace('quantity: 400', 'quantity: 380'));
  run(remote, 'update-ref', 'refs/pull/8/head', 'other');
  run(root, 'clone', '--quiet', remote, local);
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const pull = (number: number, title: string, label = 'decap-cms/pending_review'): PullRequest => ({
  number,
  title,
  html_url: `https://github.com/acme/binder/pull/${number}`,
  labels: [{ name: label }],
  base: { ref: 'main' },
});
const pulls = [pull(7, 'More flour: the dough was sticky')];

/** A fake GitHub API: answers each URL from `pages`, with its `Link` header; records what was asked. */
function fakeApi(pages: Record<string, { body: unknown; link?: string }>) {
  const asked: Array<{ url: string; auth: string | null }> = [];
  const fetchImpl = (async (url: string, init?: RequestInit) => {
    asked.push({ url, auth: new Headers(init?.headers).get('authorization') });
    const page = pages[url];
    if (!page) return new Response('{}', { status: 404 });
    return new Response(JSON.stringify(page.body), { status: 200, headers: page.link ? { link: page.link } : {} });
  }) as typeof fetch;
  return { asked, fetchImpl };
}

describe('githubOpenProposals', () => {
  test('lists each open pull request with its status and kitchen diff', async () => {
    const { asked, fetchImpl } = fakeApi({ [API]: { body: pulls } });
    const [proposal, ...rest] = await githubOpenProposals(local, { owner: 'acme', name: 'binder' }, 'secret', { fetchImpl, remoteUrl: remote });
    expect(rest).toEqual([]);
    expect(asked).toEqual([{ url: API, auth: 'Bearer secret' }]);
    expect(proposal).toMatchObject({ source: 'github', id: '#7', reason: 'More flour: the dough was sticky', status: 'in review', url: 'https://github.com/acme/binder/pull/7' });
    expect(summaryLines(proposal!.report.diff)).toEqual(['Dough — Flour: 600 g → 650 g']);
    // The diff names the branches as people do, and `npm run diff` can show it again.
    expect(proposal!.report).toMatchObject({ baseRef: 'main', headRef: '#7' });
    expect(proposal).toMatchObject({ base: 'refs/proposals/base-7', head: 'refs/proposals/pr-7' });
    // Fetched into refs/proposals/, never into a branch.
    expect(run(local, 'branch', '--list')).toBe('* main');
    expect(run(local, 'for-each-ref', '--format=%(refname)', 'refs/proposals/')).toBe('refs/proposals/base-7\nrefs/proposals/pr-7');
  });

  test('reads every page of pull requests, following the Link header', async () => {
    const page2 = 'https://api.github.com/repositories/42/pulls?state=open&per_page=100&page=2';
    const { asked, fetchImpl } = fakeApi({
      [API]: { body: pulls, link: `<${page2}>; rel="next", <${page2}>; rel="last"` },
      [page2]: { body: [pull(8, 'Less water', 'decap-cms/pending_publish')], link: `<${API}&page=1>; rel="prev", <${API}&page=1>; rel="first"` },
    });
    const proposals = await githubOpenProposals(local, { owner: 'acme', name: 'binder' }, 'secret', { fetchImpl, remoteUrl: remote });
    expect(asked).toEqual([
      { url: API, auth: 'Bearer secret' },
      { url: page2, auth: 'Bearer secret' },
    ]);
    expect(proposals.map((p) => [p.id, p.status, summaryLines(p.report.diff)])).toEqual([
      ['#7', 'in review', ['Dough — Flour: 600 g → 650 g']],
      ['#8', 'ready', ['Dough — Water: 400 ml → 380 ml']],
    ]);
  });

  test('a refused token says what to check', async () => {
    const fetchImpl = (async () => new Response('{}', { status: 401 })) as unknown as typeof fetch;
    await expect(githubOpenProposals(local, { owner: 'acme', name: 'binder' }, 'bad', { fetchImpl, remoteUrl: remote })).rejects.toThrow(GitHubProposalsError);
    await expect(githubOpenProposals(local, { owner: 'acme', name: 'binder' }, 'bad', { fetchImpl, remoteUrl: remote })).rejects.toThrow(
      `GitHub answered 401 for ${API} — check that GITHUB_TOKEN can read the repository`,
    );
  });

  test('hands the token to git in its environment only: not in argv, not in .git/config', async () => {
    const calls: Array<{ args: readonly string[]; env: NodeJS.ProcessEnv }> = [];
    const spy: GitRunner = (cwd, args, env = {}) => {
      calls.push({ args, env });
      return git(cwd, args, env);
    };
    const { fetchImpl } = fakeApi({ [API]: { body: pulls } });
    await githubOpenProposals(local, { owner: 'acme', name: 'binder' }, TOKEN, { fetchImpl, remoteUrl: remote, git: spy });
    expect(calls).toHaveLength(1);
    const [{ args, env }] = calls as [(typeof calls)[number]];
    expect(args).toEqual(['fetch', '--quiet', remote, '+refs/pull/7/head:refs/proposals/pr-7', '+refs/heads/main:refs/proposals/base-7']);
    const index = Number(env['GIT_CONFIG_COUNT']) - 1;
    expect(env[`GIT_CONFIG_KEY_${index}`]).toBe(`http.${remote}.extraHeader`);
    expect(env[`GIT_CONFIG_VALUE_${index}`]).toBe(`Authorization: Basic ${BASIC}`);
    for (const secret of [TOKEN, BASIC]) {
      expect(args.join(' ')).not.toContain(secret);
      expect(readFileSync(path.join(local, '.git', 'config'), 'utf8')).not.toContain(secret);
    }
  });

  test('git sends the token to an HTTP remote, and a failed fetch never shows it', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const server = createServer((request, response) => {
      seen.push(request.headers);
      response.writeHead(404).end('no such repository');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    const remoteUrl = `http://127.0.0.1:${port}/acme/binder.git`;
    try {
      const { fetchImpl } = fakeApi({ [API]: { body: pulls } });
      const failure = await githubOpenProposals(local, { owner: 'acme', name: 'binder' }, TOKEN, { fetchImpl, remoteUrl }).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(GitHubProposalsError);
      const message = (failure as Error).message;
      expect(message).toContain(`Could not fetch pull request #7 from ${remoteUrl}: git fetch --quiet ${remoteUrl} +refs/pull/7/head:refs/proposals/pr-7`);
      expect(message).toContain(`check that GITHUB_TOKEN can read the repository's contents`);
      expect(message).not.toContain(TOKEN);
      expect(message).not.toContain(BASIC);
      expect(seen.map((headers) => headers.authorization)).toContain(`Basic ${BASIC}`);
      expect(readFileSync(path.join(local, '.git', 'config'), 'utf8')).not.toContain(BASIC);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('a git error that repeats the token is told without it', async () => {
    const failing: GitRunner = async () => {
      throw new Error(`fatal: unable to access 'https://x-access-token:${TOKEN}@github.com/acme/binder.git/' (header: Basic ${BASIC})`);
    };
    const { fetchImpl } = fakeApi({ [API]: { body: pulls } });
    await expect(githubOpenProposals(local, { owner: 'acme', name: 'binder' }, TOKEN, { fetchImpl, remoteUrl: remote, git: failing })).rejects.toThrow(
      `Could not fetch pull request #7 from ${remote}: fatal: unable to access 'https://x-access-token:***@github.com/acme/binder.git/' (header: Basic ***) — check`,
    );
  });
});

describe('listOpenPullRequests', () => {
  test('stops after the page limit and says how many were listed', async () => {
    const pageUrl = (n: number) => `${API}&page=${n}`;
    const { asked, fetchImpl } = fakeApi({
      [API]: { body: [pull(1, 'one'), pull(2, 'two')], link: `<${pageUrl(2)}>; rel="next"` },
      [pageUrl(2)]: { body: [pull(3, 'three')], link: `<${pageUrl(3)}>; rel="next"` },
      [pageUrl(3)]: { body: [pull(4, 'four')] },
    });
    const warnings: string[] = [];
    const listed = await listOpenPullRequests({ owner: 'acme', name: 'binder' }, 'secret', { fetchImpl, maxPages: 2, warn: (m) => warnings.push(m) });
    expect(listed.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(asked.map((a) => a.url)).toEqual([API, pageUrl(2)]);
    expect(warnings).toEqual([
      'Only the first 3 open pull requests of acme/binder are listed: reading stops after 2 pages — close or merge stale pull requests to see the rest',
    ]);
  });

  test('never sends the token to a next page on another host', async () => {
    const { asked, fetchImpl } = fakeApi({ [API]: { body: pulls, link: '<https://evil.example/pulls?page=2>; rel="next"' } });
    await expect(listOpenPullRequests({ owner: 'acme', name: 'binder' }, 'secret', { fetchImpl })).rejects.toThrow(
      "GitHub's next page of pull requests is at https://evil.example/pulls?page=2, not on https://api.github.com; the token is not sent there",
    );
    expect(asked.map((a) => a.url)).toEqual([API]);
  });

  test('an answer that is not a list says so', async () => {
    const { fetchImpl } = fakeApi({ [API]: { body: { message: 'Moved Permanently' } } });
    await expect(listOpenPullRequests({ owner: 'acme', name: 'binder' }, 'secret', { fetchImpl })).rejects.toThrow(
      `GitHub's answer for ${API} is not a list of pull requests — check that acme/binder is the right repository`,
    );
  });
});

describe('nextPageUrl', () => {
  test.each([
    ['<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=9>; rel="last"', 'https://api.github.com/x?page=2'],
    ['<https://api.github.com/x?page=1>; rel="prev", <https://api.github.com/x?page=3>; rel="next"', 'https://api.github.com/x?page=3'],
    ['<https://api.github.com/x?page=3>;rel=next', 'https://api.github.com/x?page=3'],
    ['<https://api.github.com/x?page=1>; rel="first", <https://api.github.com/x?page=1>; rel="prev"', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s', (link, expected) => {
    expect(nextPageUrl(link)).toBe(expected);
  });
});

describe('gitTokenEnv', () => {
  test('adds one scoped header after config already passed through the environment', () => {
    expect(gitTokenEnv('https://github.com/acme/binder.git', TOKEN, { GIT_CONFIG_COUNT: '2' })).toEqual({
      GIT_CONFIG_COUNT: '3',
      GIT_CONFIG_KEY_2: 'http.https://github.com/acme/binder.git.extraHeader',
      GIT_CONFIG_VALUE_2: `Authorization: Basic ${BASIC}`,
    });
    expect(gitTokenEnv('https://github.com/acme/binder.git', TOKEN, {})).toMatchObject({ GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.https://github.com/acme/binder.git.extraHeader' });
  });

  test('withoutToken hides the token and its Basic form', () => {
    expect(withoutToken(`a ${TOKEN} b Basic ${BASIC}`, TOKEN)).toBe('a *** b Basic ***');
    expect(withoutToken('nothing secret', '')).toBe('nothing secret');
  });
});

describe('localOpenProposals', () => {
  test('names the base "main at <commit>" once main has moved on, and diffs from the branch point', async () => {
    const repo = path.join(root, 'moved-on');
    binderRepo(repo);
    doughBranch(repo, 'cms/recipes/dough', 'More flour', (text) => text.replace('quantity: 600', 'quantity: 650'));
    const branchPoint = run(repo, 'rev-parse', 'main');
    writeFileSync(path.join(repo, 'content', 'recipes', 'dough.mdx'), readFileSync(path.join(repo, 'content', 'recipes', 'dough.mdx'), 'utf8').replace('quantity: 400', 'quantity: 420'));
    run(repo, 'commit', '--quiet', '-am', 'More water on main');
    const [proposal] = await localOpenProposals(repo, 'main');
    expect(proposal).toMatchObject({ id: 'cms/recipes/dough', reason: 'More flour', base: branchPoint, head: 'cms/recipes/dough' });
    expect(proposal!.report).toMatchObject({ baseRef: `main at ${branchPoint.slice(0, 7)}`, headRef: 'cms/recipes/dough' });
    // Main's later water change is not shown as undone by the proposal.
    expect(summaryLines(proposal!.report.diff)).toEqual(['Dough — Flour: 600 g → 650 g']);
  });
});

describe('npm run proposals', () => {
  let repo: string;
  beforeAll(() => {
    repo = path.join(root, 'cli');
    binderRepo(repo);
    doughBranch(repo, 'cms/recipes/dough', 'Richer dough', (text) =>
      text.replace('quantity: 600', 'quantity: 650').replace('  - ingredient: water', '  - ingredient: mozzarella\n    quantity: 50\n    unit: g\n  - ingredient: water'),
    );
  });
  const proposals = (...args: string[]) => {
    const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
    delete env['GITHUB_TOKEN'];
    return spawnSync(process.execPath, [path.join(PROJECT, 'src/cli/proposals.ts'), '--repo', repo, ...args], { encoding: 'utf8', env });
  };

  test('prints each proposal with its overview, then its whole kitchen diff as `npm run diff` does', () => {
    const { stdout, status } = proposals();
    expect(status).toBe(0);
    const diff = spawnSync(process.execPath, [path.join(PROJECT, 'src/cli/diff.ts'), 'main', 'cms/recipes/dough', '--repo', repo], { encoding: 'utf8' }).stdout;
    const indentedDiff = diff.replace(/^(?=.)/gm, '  ');
    const overview = stdout.slice(0, stdout.indexOf(indentedDiff));
    expect(overview.split('\n')[0]).toBe('cms/recipes/dough — Richer dough [unknown]');
    expect(overview).toContain('  Dough — Flour: 600 g → 650 g\n');
    expect(overview).toContain('  ✓ passes every check\n');
    expect(stdout).toContain(indentedDiff);
    // What only the whole diff says: the effect on a batch, the allergen in capitals.
    expect(indentedDiff).toMatch(/^ {6}Flour: 600 g → 650 g {2}\(\+50 g, \+8\.3%/m);
    expect(indentedDiff).toContain('\n  ⚠ Dough — ALLERGEN ADDED: Milk (from Mozzarella)\n');
  });

  test('--summary prints the one-line-per-change overview only', () => {
    const { stdout, status } = proposals('--summary');
    expect(status).toBe(0);
    expect(stdout).toContain('cms/recipes/dough — Richer dough [unknown]\n');
    expect(stdout).toContain('  Dough — Flour: 600 g → 650 g\n');
    expect(stdout).not.toContain('Kitchen diff');
    expect(stdout).not.toContain('(+50 g');
    expect(stdout).not.toContain('ALLERGEN ADDED');
    expect(stdout).toContain('  ⚠ Dough — Allergen added: Milk (from Mozzarella)\n');
  });

  test('--summary with another format is a usage error', () => {
    const { stderr, status } = proposals('--summary', '--format', 'json');
    expect(status).toBe(2);
    expect(stderr).toContain('--summary shortens the text output only — leave it out with --format json');
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

describe('openPullRequest (npm run upstream-proposal)', () => {
  const pull = { title: 'Margherita', body: 'Kitchen diff', head: 'brooklyn:upstream-proposal/recipes/margherita', base: 'main' };

  test('posts to the upstream repository on api.github.com only, with the token, and returns the address', async () => {
    const asked: Array<{ url: string; init: RequestInit | undefined }> = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      asked.push({ url, init });
      return new Response(JSON.stringify({ html_url: 'https://github.com/acme/binder/pull/7' }), { status: 201 });
    }) as unknown as typeof fetch;
    expect(await openPullRequest({ owner: 'acme', name: 'binder' }, 'secret', pull, fetchImpl)).toBe('https://github.com/acme/binder/pull/7');
    expect(asked).toHaveLength(1);
    expect(asked[0]!.url).toBe('https://api.github.com/repos/acme/binder/pulls');
    expect(asked[0]!.init?.method).toBe('POST');
    expect((asked[0]!.init?.headers as Record<string, string>)['authorization']).toBe('Bearer secret');
    expect(JSON.parse(String(asked[0]!.init?.body))).toEqual({ ...pull, maintainer_can_modify: true });
  });

  test.each([
    [422, { message: 'A pull request already exists' }, /422 .*A pull request already exists/],
    [401, {}, /401 .*GITHUB_TOKEN/],
    [201, { no: 'url' }, /201/],
  ])('an answer %i is an error that says what to check', async (status, body, message) => {
    const fetchImpl = (async () => new Response(JSON.stringify(body), { status })) as unknown as typeof fetch;
    await expect(openPullRequest({ owner: 'acme', name: 'binder' }, 'secret', pull, fetchImpl)).rejects.toThrow(message);
  });
});
