/**
 * The network of forks on local repositories: two restaurants that lowered the water
 * and hid the pizza agree; a hostile layer is refused, a vanished fork and one with no
 * layer are reported and skipped, never fatal; a rerun fetches only the forks that moved.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { networkReport } from '../../src/domain/governance/network-agreement.ts';
import { renderNetworkMarkdown, renderNetworkText } from '../../src/domain/governance/render-network.ts';
import { githubForkSources, NetworkFileError, networkFileSources, readNetwork, type NetworkSource } from '../../src/governance/network.ts';
import { NetworkProposalError, proposeAgreement } from '../../src/governance/network-proposal.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/binder');
let root: string;
const run = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@x', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@x' } }).trim();
const dir = (name: string) => path.join(root, name);

function write(repo: string, file: string, text: string) {
  mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  writeFileSync(path.join(repo, file), text);
}

/** A fork of the upstream binder with these files added and committed. */
function fork(name: string, files: Record<string, string>) {
  run(root, 'clone', '--quiet', dir('upstream'), dir(name));
  for (const [file, text] of Object.entries(files)) write(dir(name), file, text);
  run(dir(name), 'add', '-A');
  run(dir(name), 'commit', '--quiet', '--allow-empty', '-m', `${name}'s layer`);
}

const dough = () => readFileSync(path.join(FIXTURE, 'recipes/dough.mdx'), 'utf8');

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'network-'));
  mkdirSync(dir('upstream'));
  cpSync(FIXTURE, path.join(dir('upstream'), 'content'), { recursive: true });
  run(dir('upstream'), 'init', '--quiet', '--initial-branch=main');
  run(dir('upstream'), 'add', '-A');
  run(dir('upstream'), 'commit', '--quiet', '-m', 'Binder');
  fork('alpha', {
    'layers/alpha/layer.yaml': 'extends: content\nsite:\n  name: Alpha Slice\nhide:\n  - recipes/pizza\n',
    'layers/alpha/patches/recipes/dough.yaml': 'reason: Softer water here\ningredients:\n  - ingredient: water\n    quantity: 360\n',
    'layers/alpha/kitchens/alpha-kitchen.yaml': 'name: Alpha Slice kitchen\nrepository: https://github.com/alpha/binder\nlogins:\n  - alpha-cook\n',
    'layers/alpha/trials/2026-11-01-alpha-kitchen-dough.yaml': 'entry: recipes/dough\nrevision: 0123456789ab\nkitchen: alpha-kitchen\ndate: 2026-11-01\nbatches: 1\noutcome: adopt\n',
  });
  fork('beta', {
    'layers/beta/layer.yaml': 'extends: content\nsite:\n  name: Beta Forno\nhide:\n  - recipes/pizza\n',
    'layers/beta/recipes/dough.mdx': dough().replace('quantity: 400', 'quantity: 380'),
  });
  fork('hostile', {
    'layers/evil/layer.yaml': 'extends: content\nsite:\n  name: Evil\n',
    'layers/evil/patches/recipes/dough.yaml': 'reason: !!js/function "function () { return process.exit(1) }"\n',
  });
  fork('plain', {});
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

const sources = (): NetworkSource[] => [
  { url: dir('alpha'), via: 'command line' },
  { url: dir('beta'), via: 'network.yaml', name: 'beta' },
  { url: dir('hostile'), via: 'command line' },
  { url: dir('gone'), via: 'network.yaml', name: 'A restaurant that closed' },
  { url: dir('plain'), via: 'command line' },
];

describe('readNetwork', () => {
  test('reads each fork\'s layer, refuses a hostile one, skips a vanished one and one with no layer', async () => {
    const { outcomes, report } = await readNetwork(dir('upstream'), sources());
    expect(outcomes.map((outcome) => [path.basename(outcome.source.url), outcome.status])).toEqual([
      ['alpha', 'read'],
      ['beta', 'read'],
      ['hostile', 'refused'],
      ['gone', 'vanished'],
      ['plain', 'no-layer'],
    ]);
    expect(outcomes[2]!.reason).toMatch(/^1 problem in its layer, first: layers\/evil\/patches\/recipes\/dough\.yaml:1: .*rule: yaml-tag/);
    expect(report.forks).toBe(2);
    expect(report.agreements.map((agreement) => agreement.text)).toEqual(['2 of 2 restaurants hide Pizza', '2 of 2 restaurants lowered Water in Dough (median −7.5 %)']);
    expect(report.entries.find((entry) => entry.entry === 'recipes/dough')?.variants).toEqual([
      { restaurant: 'Alpha Slice', url: dir('alpha'), kind: 'patched', lines: ['Water: 400 ml → 360 ml'] },
      { restaurant: 'Beta Forno', url: dir('beta'), kind: 'replaced', lines: ['Water: 400 ml → 380 ml'] },
    ]);
  });

  test('a rerun fetches nothing for forks whose head has not moved, and a fork that moved is read again', async () => {
    const again = await readNetwork(dir('upstream'), sources());
    expect(again.outcomes.filter((o) => o.status === 'unchanged').map((o) => path.basename(o.source.url))).toEqual(['alpha', 'beta']);
    expect(again.report.agreements).toHaveLength(2);

    write(dir('beta'), 'layers/beta/layer.yaml', 'extends: content\nsite:\n  name: Beta Forno\n');
    run(dir('beta'), 'commit', '--quiet', '-am', 'Pizza is back on our menu');
    const moved = await readNetwork(dir('upstream'), sources());
    expect(moved.outcomes.map((o) => [path.basename(o.source.url), o.status]).slice(0, 2)).toEqual([
      ['alpha', 'unchanged'],
      ['beta', 'read'],
    ]);
    expect(moved.report.agreements.map((agreement) => agreement.text)).toEqual(['2 of 2 restaurants lowered Water in Dough (median −7.5 %)']);
  });

  test('--propose turns the agreement into a branch: the median change applied, the restaurants credited, nothing checked out moved', async () => {
    const upstream = dir('upstream');
    const network = await readNetwork(upstream, sources().slice(0, 2));
    const before = run(upstream, 'rev-parse', 'HEAD');
    const proposal = await proposeAgreement(upstream, 'recipes/dough', network, 'main');
    expect(proposal.branch).toBe('network-proposal/recipes/dough');
    expect(run(upstream, 'rev-parse', 'HEAD')).toBe(before);
    expect(run(upstream, 'status', '--porcelain')).toBe('');
    expect(proposal.report.diff.entries.flatMap((entry) => entry.changes.map((change) => change.kind))).toEqual(['line-changed']);
    expect(run(upstream, 'show', `${proposal.branch}:content/recipes/dough.mdx`)).toContain('  - ingredient: water\n    quantity: 370\n    unit: ml\n');
    expect(proposal.message.split('\n')).toEqual([
      'Dough: as 2 restaurants make it',
      '',
      '2 of 2 restaurants lowered Water in Dough (median −7.5 %): Water 400 ml → 370 ml',
      '',
      'Their trials:',
      'Alpha Slice: alpha-kitchen cooked it 2026-11-01 (adopt), layers/alpha/trials/2026-11-01-alpha-kitchen-dough.yaml',
      '',
      'Co-authored-by: T <t@x>',
    ]);
    await expect(proposeAgreement(upstream, 'recipes/dough', network, 'main')).rejects.toThrow(/already exists/);
    await expect(proposeAgreement(upstream, 'recipes/pizza', network, 'main')).rejects.toThrow(NetworkProposalError);
  });

  test('outside a git checkout (a downloaded archive) the cache goes to node_modules/.cache, and no .git folder is made', async () => {
    const archive = path.join(root, 'archive');
    mkdirSync(archive);
    cpSync(FIXTURE, path.join(archive, 'content'), { recursive: true });
    const { outcomes } = await readNetwork(archive, [{ url: dir('alpha'), via: 'command line' }]);
    expect(outcomes.map((o) => o.status)).toEqual(['read']);
    expect(() => readFileSync(path.join(archive, '.git', 'HEAD'))).toThrow();
    expect(readFileSync(path.join(archive, 'node_modules', '.cache', 'open-franchise-network', 'state.json'), 'utf8')).toContain(dir('alpha'));
  });

  test('an address that would run a command is never used', async () => {
    const { outcomes } = await readNetwork(dir('upstream'), [{ url: `ext::sh -c touch% ${dir('pwned')}`, via: 'command line' }]);
    expect(outcomes[0]!.status).toBe('vanished');
    expect(() => readFileSync(dir('pwned'))).toThrow();
  });
});

describe('the report in words', () => {
  test('text and Markdown, fork names escaped in Markdown', () => {
    const report = networkReport([]);
    expect(renderNetworkText(report)).toContain('Read 0 restaurant binders that forked this one.');
    const hostile = { forks: 1, entries: [{ entry: 'recipes/x', title: 'X', variants: [{ restaurant: '[click](https://evil.example)', url: 'u', kind: 'hidden' as const, lines: [] }] }], agreements: [] };
    expect(renderNetworkMarkdown(hostile)).toContain('\\[click\\](https://evil.example) hides it');
  });
});

describe('npm run bench:network', () => {
  test('makes the forks, reads them cold and again with none moved, and reports the figures (no timing asserted)', () => {
    const json = path.join(root, 'bench.json');
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, '../../src/bench/network-bench.ts'), '--forks', '3', '--seed', '2', '--json', json], { encoding: 'utf8', stdio: 'pipe' });
    const figures = JSON.parse(readFileSync(json, 'utf8')) as Record<string, unknown>;
    expect(figures).toMatchObject({ forks: 3, seed: '2', read: 3, refused: 0, unchangedOnRerun: 3 });
    expect(figures['coldSeconds']).toEqual(expect.any(Number));
    expect(figures['unchangedSeconds']).toEqual(expect.any(Number));
  }, 120_000);
});

describe('the forks GitHub knows of', () => {
  test('every page of them, following the Link header, with the token sent to api.github.com only', async () => {
    const first = 'https://api.github.com/repos/acme/binder/forks?per_page=100';
    const second = 'https://api.github.com/repositories/42/forks?per_page=100&page=2';
    const fork = (owner: string) => ({ full_name: `${owner}/binder`, clone_url: `https://github.com/${owner}/binder.git`, default_branch: 'main', owner: { login: owner } });
    const asked: string[] = [];
    const fetchImpl = (async (url: string, init?: RequestInit) => {
      asked.push(`${url} ${new Headers(init?.headers).get('authorization')}`);
      if (url === first) return new Response(JSON.stringify([fork('brooklyn-slice')]), { headers: { link: `<${second}>; rel="next"` } });
      if (url === second) return new Response(JSON.stringify([fork('harbour-lane')]));
      return new Response('{}', { status: 404 });
    }) as typeof fetch;
    const sources = await githubForkSources({ owner: 'acme', name: 'binder' }, 't0ken', { fetchImpl });
    expect(sources).toEqual([
      { url: 'https://github.com/brooklyn-slice/binder.git', name: 'brooklyn-slice/binder', branch: 'main', via: 'github' },
      { url: 'https://github.com/harbour-lane/binder.git', name: 'harbour-lane/binder', branch: 'main', via: 'github' },
    ]);
    expect(asked).toEqual([`${first} Bearer t0ken`, `${second} Bearer t0ken`]);
  });
});

describe('content/network.yaml', () => {
  test('lists binders hosted anywhere, read through the hostile-input rules', async () => {
    const repo = path.join(root, 'listed');
    mkdirSync(repo);
    cpSync(FIXTURE, path.join(repo, 'content'), { recursive: true });
    write(repo, 'content/network.yaml', `binders:\n  - name: Harbour Lane\n    url: ${dir('alpha')}\n    branch: main\n`);
    expect(await networkFileSources(repo)).toEqual([{ url: dir('alpha'), name: 'Harbour Lane', branch: 'main', via: 'network.yaml' }]);
    write(repo, 'content/network.yaml', 'binders:\n  - url: !!js/function "x"\n');
    await expect(networkFileSources(repo)).rejects.toThrow(NetworkFileError);
    await expect(networkFileSources(repo)).rejects.toThrow(/content\/network\.yaml:2: .*\(rule: yaml-tag\)/);
  });
});
