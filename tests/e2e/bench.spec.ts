/**
 * `npm run bench` on the site already built in dist/ (the e2e run builds it first):
 * every figure comes out — page weights raw, gzip and brotli, budgets, precache — in
 * the printed table and in the JSON, and the exit code follows the budgets. A page
 * made too heavy fails the run with a line naming it. Lighthouse runs once, on one
 * page, through the same code the command uses. With --sizes 100, a generated binder
 * is built in a project copy and measured, search and check included. Timings are
 * never asserted.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { chromiumExecutablePath, findChromium } from '../../src/browser/chromium.ts';
import type { BenchResults } from '../../src/bench/report.ts';
import { runLighthouse } from '../../src/bench/run-lighthouse.ts';
import { serveStaticSite } from '../../src/browser/static-server.ts';
import { run as runCommand } from '../support/processes.ts';
import { PROJECT_ROOT } from '../support/project-copy.ts';

const DIST = path.join(PROJECT_ROOT, 'dist');
const WEIGHED = ['home', 'recipe (typical)', 'recipe (longest)', 'procedure (longest)'];

function bench(args: readonly string[]) {
  return runCommand(PROJECT_ROOT, process.execPath, [path.join(PROJECT_ROOT, 'src', 'bench', 'bench.ts'), '--no-build', '--skip-lighthouse', ...args]);
}

let scratch: string;
test.beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'bench-e2e-'));
});
// A skipped test (the phone project) never ran beforeEach.
test.afterEach(async () => scratch && rm(scratch, { recursive: true, force: true }));

test('every figure of the built site is produced, printed and written as JSON; the exit code follows the budgets', async () => {
  const jsonFile = path.join(scratch, 'results.json');
  const ran = await bench(['--json', jsonFile]);
  const output = `${ran.stdout}\n${ran.stderr}`;
  const results = JSON.parse(await readFile(jsonFile, 'utf8')) as BenchResults;
  expect(results.runs).toHaveLength(1);
  const run = results.runs[0]!;
  expect(ran.status, output).toBe(run.passed ? 0 : 1);

  expect(run.build).toBeNull();
  expect(run.lighthouse).toBeNull();
  expect(run.dist.pages).toBeGreaterThan(100);
  expect(run.dist.bytes).toBeGreaterThan(0);
  expect(results.machine.cpus).toBeGreaterThan(0);

  const hasCookMode = existsSync(path.join(DIST, 'recipes', 'margherita', 'cook', 'index.html'));
  // The sample binder is read in Spanish and Italian too: the same pages are weighed in each.
  const inEachLanguage = ['es', 'it'].flatMap((language) => [`recipe (typical, ${language})`, `recipe (longest, ${language})`, `procedure (longest, ${language})`, `cook mode (${language})`]);
  expect(run.pages.map((page) => page.label)).toEqual(hasCookMode ? [...WEIGHED, 'cook mode', 'menu', 'prep list', ...inEachLanguage] : [...WEIGHED, 'menu', 'prep list']);
  expect(run.skippedPages.map((page) => page.label)).toEqual(hasCookMode ? [] : ['cook mode']);
  for (const page of run.pages) {
    for (const kind of ['html', 'css'] as const) {
      expect(page[kind].raw, `${page.label} ${kind}`).toBeGreaterThan(0);
      expect(page[kind].gzip, `${page.label} ${kind}`).toBeGreaterThan(0);
      expect(page[kind].brotli, `${page.label} ${kind}`).toBeGreaterThan(0);
    }
    // JavaScript may be none at all; whatever is listed was found and weighed.
    const scripts = page.files.filter((file) => file.kind === 'js');
    expect(page.js.raw).toBe(scripts.reduce((sum, file) => sum + file.weight.raw, 0));
    for (const script of scripts) expect(script.weight.gzip, script.url).toBeGreaterThan(0);
    expect(page.missing, page.label).toEqual([]);
    // The HTML weighed is the page's file, byte for byte.
    const file = path.join(DIST, page.path, 'index.html');
    expect(page.html.raw).toBe((await readFile(file)).byteLength);
    // Three budgets a page, each printed in the table by its path.
    expect(run.budgets.filter((check) => check.subject === `${page.label} (${page.path})`).map((check) => check.budget)).toEqual([
      'HTML+CSS+JS gzip',
      'JS gzip',
      'no UI framework runtime',
    ]);
    expect(ran.stdout).toContain(page.path);
  }
  expect(run.pages.find((page) => page.label === 'recipe (typical)')?.path).toBe('/recipes/margherita/');

  if (existsSync(path.join(DIST, 'sw.js'))) {
    expect(run.precache?.entries).toBeGreaterThan(0);
    expect(run.precache?.bytes).toBeGreaterThan(0);
    expect(ran.stdout).toMatch(/offline precache \d+ files, [\d.]+ MB/);
  } else {
    expect(run.precache).toBeNull();
    expect(ran.stdout).toContain('offline precache n/a');
  }
  expect(ran.stdout).toMatch(new RegExp(`Budgets: \\d+ of ${run.budgets.length} checks pass`));
});

test('a page over its JavaScript budget fails the run, with a line naming the page and the excess', async () => {
  const site = path.join(scratch, 'dist');
  await cp(DIST, site, { recursive: true });
  // 24 KB of random base64 on the margherita, about 18 KB gzip: over 12 KB of JS and, with the page, over 25 KB.
  await writeFile(path.join(site, '_astro', 'heavy.js'), `export const noise="${randomBytes(18_000).toString('base64')}";`);
  const page = path.join(site, 'recipes', 'margherita', 'index.html');
  await writeFile(page, (await readFile(page, 'utf8')).replace('</head>', '<script type="module" src="/_astro/heavy.js"></script></head>'));

  const ran = await bench(['--dist', site, '--json', path.join(scratch, 'results.json')]);
  expect(ran.status, `${ran.stdout}\n${ran.stderr}`).toBe(1);
  expect(ran.stdout).toMatch(/✗ recipe \(typical\) \(\/recipes\/margherita\/\): JS gzip [\d.]+ KB, limit ≤ 12\.0 KB: [\d.]+ KB over/);
  expect(ran.stdout).toMatch(/✗ recipe \(typical\) \(\/recipes\/margherita\/\): HTML\+CSS\+JS gzip [\d.]+ KB, limit ≤ 25\.0 KB: [\d.]+ KB over/);
  expect(ran.stderr).toContain('✗ budgets exceeded');
  // Only that page: the others load no such script.
  expect(ran.stdout).not.toMatch(/✗ home/);
});

test('Lighthouse mobile scores a recipe page in the system Chromium', async () => {
  test.setTimeout(300_000);
  const chromium = findChromium();
  expect(chromium, 'a Chromium for Lighthouse').toBeDefined();
  const server = await serveStaticSite(DIST, { gzip: true });
  try {
    // Target 0: one run, whatever the score (the budget is npm run bench's to judge, not this test's).
    const page = { label: 'recipe', file: 'recipes/margherita/index.html', path: '/recipes/margherita/', lighthouse: true };
    const [scores] = await runLighthouse(server.origin, [page], chromiumExecutablePath(chromium!), '/', 0);
    expect(scores?.runs).toHaveLength(1);
    expect(scores?.error).toBeUndefined();
    for (const category of ['performance', 'accessibility', 'bestPractices'] as const) {
      expect(scores?.[category], category).toBeGreaterThanOrEqual(0);
      expect(scores?.[category], category).toBeLessThanOrEqual(100);
    }
  } finally {
    await server.close();
  }
});

test('--sizes 100: a generated binder is built in a copy of the project and every figure by size is produced', async () => {
  // Generates, checks, builds and searches a 100-entry binder: about half a minute.
  test.setTimeout(600_000);
  const jsonFile = path.join(scratch, 'sizes.json');
  const ran = await runCommand(PROJECT_ROOT, process.execPath, [path.join(PROJECT_ROOT, 'src', 'bench', 'bench.ts'), '--sizes', '100', '--skip-lighthouse', '--json', jsonFile]);
  const output = `${ran.stdout}\n${ran.stderr}`;
  const results = JSON.parse(await readFile(jsonFile, 'utf8')) as BenchResults;
  expect(results.runs).toHaveLength(1);
  const run = results.runs[0]!;
  expect(ran.status, output).toBe(run.passed ? 0 : 1);
  expect(run.binder).toBe('generated, 100 entries');
  expect(run.lighthouse).toBeNull();

  // The build, as npm run build makes it, of the generated binder (not the sample's margherita).
  expect(run.build?.seconds).toBeGreaterThan(0);
  expect(run.build?.summary).toMatch(/✓ built \d+ pages/);
  // Every phase, in the order the build runs them, each timed.
  expect(run.build?.phases.map(({ phase }) => phase)).toEqual(['startup', 'check', 'content', 'pages', 'search', 'offline', 'finish']);
  for (const { phase, ms } of run.build?.phases ?? []) expect(ms, phase).toBeGreaterThanOrEqual(0);
  expect(output).toContain('Build phases by size (wall time):');
  expect(run.dist.pages).toBeGreaterThan(100);
  expect(run.dist.bytes).toBeGreaterThan(0);
  expect(run.pages.map((page) => page.label)).toContain('recipe (typical)');
  expect(run.pages.find((page) => page.label === 'recipe (typical)')?.path).not.toBe('/recipes/margherita/');
  for (const page of run.pages) expect(page.html.gzip, page.label).toBeGreaterThan(0);
  expect(run.budgets.length).toBeGreaterThan(0);

  const scale = run.scale!;
  expect(scale.entries).toBe(100);
  expect(scale.pagesPerSecond).toBeGreaterThan(0);
  expect(scale.pagefindBytes).toBeGreaterThan(0);
  expect(scale.checkSeconds).toBeGreaterThan(0);
  expect(scale.startSeconds).toBeGreaterThan(0);
  const search = scale.search;
  expect(search.results).toBeGreaterThan(0);
  expect(search.otherResults).toBeGreaterThan(0);
  expect(search.coldMs).toBeGreaterThan(0);
  expect(search.warmMs).toBeGreaterThan(0);
  expect(search.otherMs).toBeGreaterThan(0);
  // The first query fetches index chunks and a result's fragment.
  expect(search.coldRequests).toBeGreaterThan(0);
  expect(search.coldBytes).toBeGreaterThan(0);

  expect(ran.stdout).toContain('By size (generated binders):');
  expect(ran.stdout).toMatch(/^100\s{2,}\d+\s{2,}[\d.]+ s\s{2,}\d+\s{2,}/m);
  // The project copy it built in is removed afterwards.
  const copy = /generating a binder of 100 entries \(seed 1\) in (\S+)…/.exec(ran.stdout)?.[1];
  expect(copy, output).toBeDefined();
  expect(existsSync(copy!)).toBe(false);
});
