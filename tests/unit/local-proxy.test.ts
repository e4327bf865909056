/**
 * The local editor's backend, driven the way Decap's proxy backend drives it: a
 * proposal becomes a `cms/<collection>/<slug>` branch with one commit touching only
 * what changed, its status moves through the workflow, publishing fast-forwards the
 * user's branch, and the user's own files are never swept in.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { recordLocalReview } from '../../src/governance/local-reviews.ts';
import { KITCHEN, RULES } from './governance-fixtures.ts';
import { loadCanonicalForm } from '../../src/binder/canonical-form.ts';
import { collectionJsonSchema } from '../../src/schemas/json-schema.ts';
import { listLocalProposals } from '../../src/proposals/proposal-repo.ts';
import { startLocalProxy, type LocalProxy } from '../../src/proposals/local-proxy.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
const ENTRY = 'content/recipes/dough.mdx';

let userRepo: string;
let proxy: LocalProxy;
const logs: string[] = [];
const git = (...args: string[]) => execFileSync('git', args, { cwd: userRepo, encoding: 'utf8' }).trim();

async function call(action: string, params: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(proxy.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
    body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
  });
  return { status: response.status, body: await response.json() };
}

interface RawAnswer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** A request with the Host and Origin a caller chooses, as curl or a DNS-rebound page sends them (fetch sets its own Host). */
function raw(method: string, headers: Record<string, string>, body = ''): Promise<RawAnswer> {
  const { port } = new URL(proxy.url);
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path: '/api/v1', headers }, (incoming) => {
      let text = '';
      incoming.setEncoding('utf8');
      incoming.on('data', (chunk: string) => (text += chunk));
      incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, text }));
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** A Decap action POSTed with a chosen Host and Origin. */
async function send(caller: { host: string; origin: string }, action: string, params: Record<string, unknown>) {
  const answer = await raw('POST', { 'content-type': 'application/json', ...caller }, JSON.stringify({ action, params: { branch: 'main', ...params } }));
  return { ...answer, body: JSON.parse(answer.text) };
}

beforeAll(async () => {
  userRepo = mkdtempSync(path.join(tmpdir(), 'proposals-user-'));
  cpSync(FIXTURE, path.join(userRepo, 'content'), { recursive: true });
  // The binder is kept in the editor's canonical form; so is this copy.
  const canonical = await loadCanonicalForm();
  writeFileSync(path.join(userRepo, ENTRY), canonical.of('mdx', readFileSync(path.join(userRepo, ENTRY), 'utf8'), collectionJsonSchema('recipes')));
  // Rules in force: publishing is accepting, so it needs a maintainer's approval here.
  mkdirSync(path.join(userRepo, 'content', 'kitchens'));
  writeFileSync(path.join(userRepo, 'content', 'kitchens', 'harbour-lane.yaml'), KITCHEN);
  writeFileSync(path.join(userRepo, 'content', 'governance.yaml'), RULES);
  git('init', '--quiet', '--initial-branch=main');
  git('config', 'user.name', 'Head Chef');
  git('config', 'user.email', 'chef@example.org');
  git('add', '.');
  git('commit', '--quiet', '-m', 'Binder');
  // The user's own unfinished work, which must never reach a proposal.
  writeFileSync(path.join(userRepo, 'notes.txt'), 'my private notes');
  writeFileSync(path.join(userRepo, 'content', 'recipes', 'draft-idea.mdx'), 'not ready');
  proxy = await startLocalProxy({ projectRoot: userRepo, branch: 'main', port: 0, log: (line) => logs.push(line) });
}, 30_000);

afterAll(async () => {
  await proxy?.close();
  rmSync(userRepo, { recursive: true, force: true });
});

describe('the isolated local backend', () => {
  let committed = '';
  const original = () => (committed ||= git('show', `main:${ENTRY}`) + '\n');
  const changed = () => original().replace('    quantity: 400\n    unit: ml', '    quantity: 380\n    unit: ml');

  test('keeps its clone out of the working tree', () => {
    expect(proxy.repo.workRepo).toContain(`${path.sep}.git${path.sep}`);
    expect(git('status', '--porcelain', '--untracked-files=all').split('\n').sort()).toEqual(['?? content/recipes/draft-idea.mdx', '?? notes.txt']);
  });

  test('saving a proposal creates cms/recipes/dough with one commit that changes one line', async () => {
    expect(changed()).not.toBe(original());
    const saved = await call('persistEntry', {
      dataFiles: [{ path: ENTRY, slug: 'dough', raw: changed() }],
      assets: [],
      options: { collectionName: 'recipes', commitMessage: 'Less water: the dough was slack', useWorkflow: true, status: 'draft' },
    });
    expect(saved.status).toBe(200);
    expect(git('log', '--format=%s', 'main..cms/recipes/dough')).toBe('Less water: the dough was slack');
    expect(git('diff', '--name-only', 'main', 'cms/recipes/dough')).toBe(ENTRY);
    const changedLines = git('diff', '--unified=0', 'main', 'cms/recipes/dough')
      .split('\n')
      .filter((l) => /^[-+]/.test(l) && !/^(---|\+\+\+) [ab/]/.test(l));
    expect(changedLines).toEqual(['-    quantity: 400', '+    quantity: 380']);
    expect(await listLocalProposals(userRepo)).toEqual([{ branch: 'cms/recipes/dough', collection: 'recipes', slug: 'dough', status: 'draft' }]);
  });

  test('npm run proposals shows the change as "X: old → new" with its reason and status', () => {
    const listed = execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../src/cli/proposals.ts'), '--repo', userRepo], { encoding: 'utf8' });
    expect(listed).toContain('cms/recipes/dough — Less water: the dough was slack [draft]');
    expect(listed).toContain('  Dough — Water: 400 ml → 380 ml');
    expect(listed).toContain('✓ passes every check');
  });

  test('the status moves to in review and to ready', async () => {
    for (const status of ['pending_review', 'pending_publish']) {
      const moved = await call('updateUnpublishedEntryStatus', { collection: 'recipes', slug: 'dough', newStatus: status });
      expect(moved.status).toBe(200);
      expect((await listLocalProposals(userRepo))[0]?.status).toBe(status);
    }
  });

  test('publishing is refused, naming what is missing and changing nothing, until the rules are met', async () => {
    const main = git('rev-parse', 'main');
    const refused = await call('publishUnpublishedEntry', { collection: 'recipes', slug: 'dough' });
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatch(/^`cms\/recipes\/dough` cannot be accepted yet: … Peer review: waiting • needs 1 more maintainer's approval for: Dough — Water: 400 ml → 380 ml/);
    expect(logs).toContainEqual(expect.stringMatching(/^proposals: not published: `cms\/recipes\/dough` cannot be accepted yet/));
    expect(git('rev-parse', 'main')).toBe(main);
    expect(git('branch', '--list', 'cms/*').trim()).toBe('cms/recipes/dough');
  });

  test('publishing, once a maintainer approved, merges into main with the trailers and leaves the user\'s untracked files alone', async () => {
    await recordLocalReview(userRepo, 'cms/recipes/dough', { login: 'ana', state: 'approved' });
    const published = await call('publishUnpublishedEntry', { collection: 'recipes', slug: 'dough' });
    expect(published.status).toBe(200);
    expect(published.body).toEqual({ message: 'branch cms/recipes/dough merged to main' });
    expect(readFileSync(path.join(userRepo, ENTRY), 'utf8')).toBe(changed());
    // Parents by name, not `git log -2`: commits made in the same second list in either order.
    expect(git('log', '-1', '--format=%s', 'main').trim()).toBe('Accept cms/recipes/dough: Less water: the dough was slack');
    expect(git('log', '-1', '--format=%s', 'main^2').trim()).toBe('Less water: the dough was slack');
    expect(git('log', '-1', '--format=%(trailers:only,unfold)', 'main').trim().split('\n')).toEqual(['Reviewed-by: ana (maintainer)', 'Peer-review: satisfied']);
    expect(git('branch', '--list', 'cms/*')).toBe('');
    expect(git('status', '--porcelain', '--untracked-files=all').split('\n').sort()).toEqual(['?? content/recipes/draft-idea.mdx', '?? notes.txt']);
    expect(git('ls-tree', '-r', '--name-only', 'main')).not.toMatch(/notes\.txt|draft-idea/);
  });

  test.each([
    ['outside content/', 'package.json'],
    ['escaping the repository', 'content/../../etc/passwd'],
    ['a script in the media folder', 'content/media/x.js'],
    ['a recipe with the wrong extension', 'content/recipes/x.html'],
    ['an absolute path', '/tmp/x.mdx'],
  ])('refuses to write %s', async (_, target) => {
    const refused = await call('persistEntry', {
      dataFiles: [{ path: target, slug: 'x', raw: 'x' }],
      assets: [],
      options: { collectionName: 'recipes', commitMessage: 'x', useWorkflow: true, status: 'draft' },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toContain('refused to write');
    expect(existsSync(path.join(proxy.repo.workRepo, 'content', 'recipes', 'x.html'))).toBe(false);
    expect(git('branch', '--list', 'cms/*')).toBe('');
  });
});

describe('a page that is not the binder\'s own', () => {
  const port = () => new URL(proxy.url).port;
  const proposalBranches = () => git('branch', '--list', '--format=%(refname:short)', 'cms/*');
  /** A one-line change to the recipe as main has it now. */
  const save = () => {
    const current = git('show', `main:${ENTRY}`) + '\n';
    const raw = current.replace(/quantity: \d+\n    unit: ml/, 'quantity: 390\n    unit: ml');
    expect(raw).not.toBe(current);
    return {
      dataFiles: [{ path: ENTRY, slug: 'dough', raw }],
      assets: [],
      options: { collectionName: 'recipes', commitMessage: 'Rebound', useWorkflow: true, status: 'draft' },
    };
  };

  test.each([
    ['through DNS rebinding (its own host name, its own origin)', () => `attacker.example:${port()}`, () => `http://attacker.example:${port()}`, 'refused a request for host `attacker.example:'],
    ['on another site, sent to this machine', () => `127.0.0.1:${port()}`, () => 'http://attacker.example', 'refused a request from `http://attacker.example`'],
  ])('calling %s cannot save a proposal', async (_, host, origin, reason) => {
    expect(proposalBranches()).toBe('');
    const refused = await send({ host: host(), origin: origin() }, 'persistEntry', save());
    expect(refused.status).toBe(403);
    expect(refused.body.error).toContain(reason);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(logs).toContain(`proposals: ${refused.body.error}`);
    expect(proposalBranches()).toBe('');
    expect(execFileSync('git', ['branch', '--list', 'cms/*'], { cwd: proxy.repo.workRepo, encoding: 'utf8' })).toBe('');
  });

  test('only the binder\'s own page gets an answer to its preflight', async () => {
    const preflight = (origin: string) =>
      raw('OPTIONS', { host: `localhost:${port()}`, origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' });
    const own = await preflight('http://localhost:4321');
    expect(own.status).toBe(204);
    expect(own.headers['access-control-allow-origin']).toBe('http://localhost:4321');
    // Decap's proxy alone would have let any page on this machine call.
    const stranger = await preflight('http://localhost:3000');
    expect(stranger.status).toBe(403);
    expect(stranger.headers['access-control-allow-origin']).toBeUndefined();
  });

  test('the binder\'s own page, calling 127.0.0.1, still saves', async () => {
    const saved = await send({ host: `127.0.0.1:${port()}`, origin: 'http://127.0.0.1:4321' }, 'persistEntry', save());
    expect(saved.status).toBe(200);
    expect(saved.headers['access-control-allow-origin']).toBe('http://127.0.0.1:4321');
    expect(proposalBranches()).toBe('cms/recipes/dough');
    expect(git('log', '--format=%s', 'main..cms/recipes/dough')).toBe('Rebound');
  });
});

describe('a second local backend on a taken port', () => {
  /** Child processes this test process still holds (Decap's proxy is one). */
  const children = () => process.getActiveResourcesInfo().filter((resource) => resource === 'ProcessWrap').length;

  test('fails with how to fix it and stops the Decap proxy it started', async () => {
    const before = children();
    const taken = Number(new URL(proxy.url).port);
    await expect(startLocalProxy({ projectRoot: userRepo, branch: 'main', port: taken, log: () => undefined })).rejects.toThrow(
      `port ${taken} is already in use — stop whatever listens there`,
    );
    // A Decap proxy left running would keep `npm start` (or any caller) alive after the failure.
    // Waits for the state, bounded only by the test's own timeout.
    await vi.waitFor(() => expect(children()).toBe(before), { timeout: 60_000 });
  });
});
