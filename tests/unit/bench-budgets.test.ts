import { expect, test } from 'vitest';
import { type BudgetCheck, describeFailures, describeWarnings, evaluateBudgets, type LighthouseScores, type MeasuredPage, READING_PAGE_BUDGETS } from '../../src/bench/budgets.ts';

const weight = (gzip: number) => ({ raw: gzip * 4, gzip, brotli: Math.round(gzip * 0.85) });

function page(label: string, gzip: { html: number; css: number; js: number }, extra: Partial<MeasuredPage> = {}): MeasuredPage {
  return { label, path: `/${label}/`, html: weight(gzip.html), css: weight(gzip.css), js: weight(gzip.js), files: [], missing: [], frameworkRuntimes: [], ...extra };
}

const failed = (checks: BudgetCheck[]) => checks.filter((check) => !check.passed).map((check) => `${check.subject} ${check.budget}`);

test.each([
  ['a page today: 4.5 + 3.5 KB, no JS', { html: 4_497, css: 3_501, js: 0 }, []],
  ['exactly at both limits', { html: 8_000, css: 5_000, js: 12_000 }, []],
  ['one byte over the page budget', { html: 8_001, css: 5_000, js: 12_000 }, ['r (/r/) HTML+CSS+JS gzip']],
  ['one byte over the script budget, and so over the page budget', { html: 8_000, css: 5_000, js: 12_001 }, ['r (/r/) HTML+CSS+JS gzip', 'r (/r/) JS gzip']],
  ['heavy script on a light page', { html: 3_000, css: 3_000, js: 15_000 }, ['r (/r/) JS gzip']],
])('%s', (_, gzip, failures) => {
  expect(failed(evaluateBudgets([page('r', gzip)], null))).toEqual(failures);
});

test('the budgets are those of issue #9: 25 KB and 12 KB gzip, Lighthouse 100', () => {
  expect(READING_PAGE_BUDGETS).toEqual({ pageGzipBytes: 25_000, scriptGzipBytes: 12_000, lighthouseScore: 100 });
});

test('a failure says what exceeded and by how much', () => {
  const checks = evaluateBudgets([page('recipe (typical)', { html: 9_000, css: 4_000, js: 13_500 }, { path: '/recipes/margherita/' })], null);
  expect(describeFailures(checks)).toEqual([
    '✗ recipe (typical) (/recipes/margherita/): HTML+CSS+JS gzip 26.5 KB, limit ≤ 25.0 KB: 1.5 KB over (26500 B > 25000 B)',
    '✗ recipe (typical) (/recipes/margherita/): JS gzip 13.5 KB, limit ≤ 12.0 KB: 1.5 KB over (13500 B > 12000 B)',
  ]);
});

test('a UI framework runtime fails the page, naming the framework', () => {
  const checks = evaluateBudgets([page('home', { html: 1, css: 1, js: 1 }, { frameworkRuntimes: ['preact'] })], null);
  expect(describeFailures(checks)).toEqual(['✗ home (/home/): no UI framework runtime preact, limit none: loads preact']);
});

test('an asset missing from the build fails the page: its weight is unknown', () => {
  const checks = evaluateBudgets([page('home', { html: 1, css: 1, js: 1 }, { missing: ['/_astro/gone.js'] })], null);
  expect(failed(checks)).toEqual(['home (/home/) every asset in the built site']);
});

test('Lighthouse scores: every category must be 100; a page Lighthouse could not score fails', () => {
  const scores: LighthouseScores[] = [
    { label: 'home', path: '/', performance: 100, accessibility: 100, bestPractices: 100 },
    { label: 'procedure', path: '/procedures/x/', performance: 97, accessibility: 100, bestPractices: 100 },
    { label: 'cook mode', path: '/recipes/m/cook/', performance: null, accessibility: null, bestPractices: null, error: 'NO_FCP' },
  ];
  const checks = evaluateBudgets([], scores);
  expect(checks).toHaveLength(9);
  expect(describeFailures(checks)).toEqual([
    '✗ procedure (/procedures/x/): Lighthouse performance 97, limit ≥ 100: 3 points below 100',
    '✗ cook mode (/recipes/m/cook/): Lighthouse performance no score, limit ≥ 100: no score: NO_FCP',
    '✗ cook mode (/recipes/m/cook/): Lighthouse accessibility no score, limit ≥ 100: no score: NO_FCP',
    '✗ cook mode (/recipes/m/cook/): Lighthouse best practices no score, limit ≥ 100: no score: NO_FCP',
  ]);
});

test('without Lighthouse (--skip-lighthouse) only the byte and framework budgets are checked', () => {
  expect(evaluateBudgets([page('home', { html: 1, css: 1, js: 1 })], null).map((check) => check.budget)).toEqual([
    'HTML+CSS+JS gzip',
    'JS gzip',
    'no UI framework runtime',
  ]);
});

test.each([
  [
    'a miss blamed on a busy machine passes, with a warning saying why',
    { verdict: 'noise', reason: 'SI 3,612 ms (score 0.87) on a busy machine (benchmarkIndex 460, below 1,000): noise, not counted' } as const,
    [],
    ['⚠ home (/): Lighthouse performance 99, limit ≥ 100: 1 point below 100: SI 3,612 ms (score 0.87) on a busy machine (benchmarkIndex 460, below 1,000): noise, not counted'],
  ],
  [
    'a miss of the page fails, saying which metric lost the point',
    { verdict: 'miss', reason: "LCP 2,100 ms (score 0.97): the page's own (bytes, requests, layout), not the machine's" } as const,
    ["✗ home (/): Lighthouse performance 99, limit ≥ 100: 1 point below 100: LCP 2,100 ms (score 0.97): the page's own (bytes, requests, layout), not the machine's"],
    [],
  ],
  ['a score without a verdict (an older run) is judged by the score alone', undefined, ['✗ home (/): Lighthouse performance 99, limit ≥ 100: 1 point below 100'], []],
])('Lighthouse performance 99: %s', (_, performanceVerdict, failures, warnings) => {
  const scores: LighthouseScores[] = [{ label: 'home', path: '/', performance: 99, accessibility: 100, bestPractices: 100, ...(performanceVerdict && { performanceVerdict }) }];
  const checks = evaluateBudgets([], scores);
  expect(describeFailures(checks)).toEqual(failures);
  expect(describeWarnings(checks)).toEqual(warnings);
});

test('a busy machine excuses only performance: accessibility and best practices below 100 still fail', () => {
  const scores: LighthouseScores[] = [
    { label: 'home', path: '/', performance: 100, accessibility: 98, bestPractices: 100, performanceVerdict: { verdict: 'noise', reason: 'SI on a busy machine' } },
  ];
  const checks = evaluateBudgets([], scores);
  expect(describeFailures(checks)).toEqual(['✗ home (/): Lighthouse accessibility 98, limit ≥ 100: 2 points below 100']);
  expect(describeWarnings(checks)).toEqual([]);
});
