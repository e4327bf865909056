import { expect, test } from 'vitest';
import { evaluateBudgets, type MeasuredPage } from '../../src/bench/budgets.ts';
import { type BenchResults, type BinderMeasurement, PHASES_HEADER, phaseRow, renderReport, SIZES_HEADER, sizeRow } from '../../src/bench/report.ts';

const w = (raw: number, gzip: number, brotli: number) => ({ raw, gzip, brotli });
const margherita: MeasuredPage = {
  label: 'recipe (typical)',
  path: '/recipes/margherita/',
  html: w(14_305, 4_497, 3_781),
  css: w(11_896, 3_501, 2_989),
  js: w(30_000, 13_000, 11_000),
  files: [],
  missing: [],
  frameworkRuntimes: [],
};

function results(run: Partial<BinderMeasurement>): BenchResults {
  const pages = run.pages ?? [margherita];
  const budgets = evaluateBudgets(pages, run.lighthouse ?? null);
  return {
    startedAt: '2026-11-29T20:00:00.000Z',
    machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryBytes: 25e9, platform: 'linux', node: 'v24.21.0' },
    compression: 'gzip: zlib level 6; brotli: quality 11; 1 KB = 1,000 bytes',
    runs: [
      {
        binder: 'sample binder (content/)',
        build: { seconds: 5.42, peakMemoryBytes: 732_602_368, summary: '✓ built 141 pages', phases: [] },
        dist: { pages: 141, bytes: 8_700_000 },
        pages,
        skippedPages: [{ label: 'cook mode', reason: 'not built yet' }],
        precache: null,
        lighthouse: null,
        budgets,
        passed: budgets.every((check) => check.passed),
        ...run,
      },
    ],
  };
}

test('the table: one row a page with raw / gzip / brotli per kind and the totals, the build, the precache, skipped pages and failures', () => {
  const text = renderReport(results({}));
  expect(text).toContain('sample binder (content/): build 5.4 s, peak memory 732.6 MB; dist 141 pages, 8.7 MB; offline precache n/a (no dist/sw.js)');
  const row = text.split('\n').find((line) => line.startsWith('recipe (typical)'));
  expect(row?.split(/\s{2,}/)).toEqual([
    'recipe (typical)',
    '/recipes/margherita/',
    '14.3 / 4.5 / 3.8',
    '11.9 / 3.5 / 3.0',
    '30.0 / 13.0 / 11.0',
    '21.0 KB',
    '17.8 KB',
    'none',
    'skipped',
    'FAIL (1)',
  ]);
  expect(text).toContain('(cook mode: skipped — not built yet)');
  expect(text).toContain('Budgets: 2 of 3 checks pass');
  expect(text).toContain('✗ recipe (typical) (/recipes/margherita/): JS gzip 13.0 KB, limit ≤ 12.0 KB: 1.0 KB over (13000 B > 12000 B)');
});

test('Lighthouse scores and the precache, when there are some', () => {
  const text = renderReport(
    results({
      precache: { entries: 147, bytes: 1_274_470, missing: [] },
      lighthouse: [{ label: 'recipe (typical)', path: '/recipes/margherita/', performance: 100, accessibility: 98, bestPractices: 100 }],
    }),
  );
  expect(text).toContain('offline precache 147 files, 1.3 MB');
  expect(text).toMatch(/recipe \(typical\) .* 100 \/ 98 \/ 100 /);
  expect(text).toContain('✗ recipe (typical) (/recipes/margherita/): Lighthouse accessibility 98, limit ≥ 100: 2 points below 100');
});

test('a page audited three times shows the median and says so', () => {
  const run = { performance: 100, accessibility: 100, bestPractices: 100 };
  const text = renderReport(
    results({ lighthouse: [{ label: 'recipe (typical)', path: '/recipes/margherita/', ...run, runs: [{ ...run, performance: 92 }, run, run] }] }),
  );
  expect(text).toMatch(/recipe \(typical\) .* 100 \/ 100 \/ 100 \(median of 3\) /);
});

test('a Lighthouse miss blamed on a busy machine passes, marked in the table and explained under the budgets', () => {
  const reason = 'SI 3,612 ms (score 0.87) on a busy machine (first painted 1,801 ms after its load event: observed paint 2,216 ms, load 415 ms): noise, not counted';
  const noisy = { performance: 99, accessibility: 100, bestPractices: 100 };
  const page = { ...margherita, js: w(30_000, 7_600, 6_500) };
  const text = renderReport(
    results({
      pages: [page],
      lighthouse: [{ label: 'recipe (typical)', path: '/recipes/margherita/', ...noisy, runs: [noisy, noisy, { ...noisy, performance: 100 }], performanceVerdict: { verdict: 'noise', reason } }],
    }),
  );
  const row = text.split('\n').find((line) => line.startsWith('recipe (typical)'));
  expect(row?.split(/\s{2,}/).slice(-2)).toEqual(['99 / 100 / 100 (median of 3, perf: busy machine)', 'pass (⚠ 1)']);
  expect(text).toContain('Budgets: 6 of 6 checks pass (1 despite a Lighthouse miss blamed on a busy machine, ⚠ below)');
  expect(text).toContain(`⚠ recipe (typical) (/recipes/margherita/): Lighthouse performance 99, limit ≥ 100: 1 point below 100: ${reason}`);
  expect(text).not.toContain('✗');
});

const scale = {
  entries: 1000,
  seed: '1',
  pagesPerSecond: 50.38,
  pagefindBytes: 4_560_000,
  checkSeconds: 2.34,
  startSeconds: 3.21,
  search: { query: 'mozzarella', results: 12, coldMs: 104.2, warmMs: 5.3, coldBytes: 20_479, coldRequests: 2, otherQuery: 'garlic', otherResults: 24, otherMs: 39.4, otherBytes: 21_478 },
};

test('the sample binder alone has no table by size (the output of today)', () => {
  expect(renderReport(results({}))).not.toContain('By size');
});

test('a generated binder adds a row by size: entries, build, speed, memory, weights, search and check', () => {
  const text = renderReport(results({ binder: 'generated, 1,000 entries', dist: { pages: 1_305, bytes: 32_000_000 }, scale }));
  const lines = text.split('\n');
  expect(lines).toContain('By size (generated binders):');
  expect(lines.find((line) => line.startsWith('Entries'))?.split(/\s{2,}/)).toEqual(SIZES_HEADER);
  expect(lines.find((line) => line.startsWith('1,000 '))?.split(/\s{2,}/)).toEqual([
    '1,000',
    '1,305',
    '5.4 s',
    '50',
    '732.6 MB',
    '32.0 MB',
    '21.0 KB',
    '4.6 MB',
    '104 ms',
    '5 ms',
    '39 ms',
    '20.5 KB / 21.5 KB',
    '2.3 s',
    '3.2 s',
  ]);
});

test.each([
  ['no build', { build: null, scale: { ...scale, pagesPerSecond: null } }, 2, 'n/a'],
  ['no build', { build: null, scale: { ...scale, pagesPerSecond: null } }, 3, 'n/a'],
  ['no GNU time', { build: { seconds: 5, peakMemoryBytes: null, summary: '', phases: [] }, scale }, 4, 'n/a'],
  ['no typical recipe', { pages: [], scale }, 6, 'n/a'],
])('a row by size says n/a where a figure is missing: %s', (_, run: Partial<BinderMeasurement>, column, cell) => {
  const row = sizeRow(results(run).runs[0]!);
  expect(row[column]).toBe(cell);
  expect(row).toHaveLength(SIZES_HEADER.length);
});

test('a generated binder adds a row of build phases, in the order the build runs them', () => {
  const phases = [
    { phase: 'startup', ms: 1_010 },
    { phase: 'check', ms: 980 },
    { phase: 'content', ms: 1_240 },
    { phase: 'pages', ms: 4_310 },
    { phase: 'search', ms: 1_160 },
    { phase: 'offline', ms: 1_620 },
    { phase: 'finish', ms: 40 },
  ] as const;
  const build = { seconds: 10.9, peakMemoryBytes: 972_000_000, summary: '✓ built 1216 pages', phases };
  const text = renderReport(results({ binder: 'generated, 1,000 entries', build, scale }));
  const lines = text.split('\n');
  expect(lines).toContain('Build phases by size (wall time):');
  expect(lines.find((line) => line.startsWith('Entries  startup'))?.split(/\s{2,}/)).toEqual(PHASES_HEADER);
  expect(PHASES_HEADER).toEqual(['Entries', 'startup', 'check', 'content', 'pages', 'search', 'offline', 'finish', 'Whole build']);
  expect(lines.filter((line) => line.startsWith('1,000 ')).at(-1)?.split(/\s{2,}/)).toEqual(['1,000', '1.0 s', '1.0 s', '1.2 s', '4.3 s', '1.2 s', '1.6 s', '0.0 s', '10.9 s']);
});

test('a phase the build did not report is a dash, not a zero', () => {
  const build = { seconds: 3, peakMemoryBytes: null, summary: '', phases: [{ phase: 'pages', ms: 2_000 }] as const };
  expect(phaseRow(results({ build, scale }).runs[0]!)).toEqual(['1,000', '—', '—', '—', '2.0 s', '—', '—', '—', '3.0 s']);
});
