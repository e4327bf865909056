/**
 * The cost of a language in `npm run bench -- --sizes 1000 --languages 1`: the option,
 * the ratio of each build to the English-only one, what each language adds to the
 * precache and dist/, and the budget (n + 1 languages build in at most n + 1 times the
 * English-only build). Arithmetic on given figures only: no build is timed here.
 */
import { describe, expect, test } from 'vitest';
import { languageBudget, languageCost, LANGUAGES_HEADER, languageRow, LanguagesError, parseLanguageCounts, withLanguageBudgets } from '../../src/bench/languages.ts';
import { type BenchResults, type BinderMeasurement, renderReport } from '../../src/bench/report.ts';

const search = { query: 'mozzarella', results: 12, coldMs: 100, warmMs: 5, coldBytes: 20_000, coldRequests: 2, otherQuery: 'garlic', otherResults: 24, otherMs: 40, otherBytes: 21_000 };

function run(entries: number, languages: readonly string[], seconds: number | null, precache: { entries: number; bytes: number } | null, dist: { pages: number; bytes: number }): BinderMeasurement {
  return {
    binder: `generated, ${entries.toLocaleString('en')} entries${languages.length > 0 ? `, translated into ${languages.join(', ')}` : ''}`,
    build: seconds === null ? null : { seconds, peakMemoryBytes: 900_000_000, cpuSeconds: seconds * 1.5, summary: '', phases: [] },
    dist,
    pages: [],
    skippedPages: [],
    precache: precache && { ...precache, missing: [] },
    lighthouse: null,
    budgets: [],
    passed: true,
    scale: { entries, seed: '1', ...(languages.length > 0 ? { languages } : {}), pagesPerSecond: null, pagefindBytes: 2_000_000, checkSeconds: 2, startSeconds: 5, search },
  };
}

const english = run(1000, [], 10, { entries: 2_000, bytes: 16_000_000 }, { pages: 1_216, bytes: 24_000_000 });
const spanish = run(1000, ['es'], 18, { entries: 3_200, bytes: 27_000_000 }, { pages: 2_432, bytes: 40_000_000 });
const three = run(1000, ['es', 'it'], 31, { entries: 4_400, bytes: 38_000_000 }, { pages: 3_648, bytes: 56_000_000 });
const runs = [english, spanish, three];

describe('--languages', () => {
  test.each([
    ['1', [0, 1]],
    ['0,1', [0, 1]],
    ['2, 1', [0, 1, 2]],
    ['0', [0]],
  ])('%s measures %j', (text, counts) => {
    expect(parseLanguageCounts(text)).toEqual(counts);
  });

  test.each(['', 'es', '-1', '1.5', '13', '1,1'])('refuses %j', (text) => {
    expect(() => parseLanguageCounts(text)).toThrow(LanguagesError);
  });
});

describe('the cost of a language', () => {
  test('the English-only binder is the baseline: ratio 1, nothing added', () => {
    expect(languageCost(english, runs)).toEqual({
      entries: 1000,
      languages: 1,
      extra: [],
      pages: 1_216,
      buildSeconds: 10,
      buildRatio: 1,
      cpuRatio: 1,
      precacheFiles: 2_000,
      precacheBytes: 16_000_000,
      precacheBytesPerLanguage: null,
      precacheFilesPerLanguage: null,
      distBytes: 24_000_000,
      distBytesPerLanguage: null,
    });
  });

  test('one more language: the build over the English one, and what the language adds', () => {
    const cost = languageCost(spanish, runs);
    expect(cost.languages).toBe(2);
    expect(cost.buildRatio).toBeCloseTo(1.8);
    expect(cost.cpuRatio).toBeCloseTo(1.8);
    expect(cost.precacheBytesPerLanguage).toBe(11_000_000);
    expect(cost.precacheFilesPerLanguage).toBe(1_200);
    expect(cost.distBytesPerLanguage).toBe(16_000_000);
  });

  test('two more: the added cost is shared between them', () => {
    const cost = languageCost(three, runs);
    expect(cost.buildRatio).toBeCloseTo(3.1);
    expect(cost.precacheBytesPerLanguage).toBe(11_000_000);
    expect(cost.distBytesPerLanguage).toBe(16_000_000);
  });

  test('without GNU time there is no CPU time to compare', () => {
    const noCpu = (measured: BinderMeasurement): BinderMeasurement => ({ ...measured, build: { ...measured.build!, cpuSeconds: null } });
    expect(languageCost(noCpu(spanish), [noCpu(english), noCpu(spanish)]).cpuRatio).toBeNull();
    expect(languageRow(noCpu(spanish), [noCpu(english), noCpu(spanish)]).slice(6, 8)).toEqual(['n/a', 'n/a']);
  });

  test('without the English-only binder of the same size and seed there is nothing to compare with', () => {
    const other = run(100, ['es'], 5, null, { pages: 250, bytes: 9_000_000 });
    const cost = languageCost(other, [...runs, other]);
    expect(cost.buildRatio).toBeNull();
    expect(cost.precacheBytesPerLanguage).toBeNull();
    expect(cost.distBytesPerLanguage).toBeNull();
    expect(languageBudget(other, [...runs, other])).toBeUndefined();
  });
});

describe('the budget', () => {
  test('twice the English build for two languages: 18 s of at most 20 s passes', () => {
    expect(languageBudget(spanish, runs)).toEqual({
      subject: 'generated, 1,000 entries, translated into es',
      budget: 'build in 2 languages',
      limit: '≤ 2 × the one-language build (10.0 s) = 20.0 s',
      measured: '18.0 s (× 1.80; CPU × 1.80)',
      passed: true,
    });
  });

  test('three times for three languages: 31 s of at most 30 s fails, saying by how much', () => {
    const check = languageBudget(three, runs)!;
    expect(check.passed).toBe(false);
    expect(check.overBy).toBe('1.0 s over: the build grows faster than the languages (× 3.10; CPU × 3.10 for 3 languages)');
  });

  test('a wall time over the limit with the CPU time within it is a busy machine: passed, with a warning saying so', () => {
    const busy: BinderMeasurement = { ...spanish, build: { ...spanish.build!, seconds: 20.2, cpuSeconds: 22.5 } };
    const check = languageBudget(busy, [english, busy])!;
    expect(check.passed).toBe(true);
    expect(check.measured).toBe('20.2 s (× 2.02; CPU × 1.50)');
    expect(check.warning).toBe('× 2.02 in wall time, but × 1.50 in CPU time (22.5 s against 15.0 s): the machine was busier during one build than the other — noise, not counted');
    expect(languageRow(busy, [english, busy])[5]).toBe('pass (⚠ busy machine)');
  });

  test('over in wall time without a CPU time to tell, or over in both, fails', () => {
    const noCpu: BinderMeasurement = { ...spanish, build: { ...spanish.build!, seconds: 20.2, cpuSeconds: null } };
    expect(languageBudget(noCpu, [english, noCpu])!.passed).toBe(false);
    const both: BinderMeasurement = { ...spanish, build: { ...spanish.build!, seconds: 20.2, cpuSeconds: 30.3 } };
    expect(languageBudget(both, [english, both])!.passed).toBe(false);
    expect(languageBudget(both, [english, both])!.warning).toBeUndefined();
  });

  test('none for the English binder, nor without a build', () => {
    expect(languageBudget(english, runs)).toBeUndefined();
    const unbuilt = run(1000, ['es'], null, null, { pages: 0, bytes: 0 });
    expect(languageBudget(unbuilt, [english, unbuilt])).toBeUndefined();
  });

  test('added to the runs’ budgets, and a failed one fails its run', () => {
    const [a, b, c] = withLanguageBudgets(runs);
    expect(a).toBe(english);
    expect(b!.budgets.map((check) => check.budget)).toEqual(['build in 2 languages']);
    expect(b!.passed).toBe(true);
    expect(c!.passed).toBe(false);
  });
});

describe('the table by language', () => {
  test('one row a binder: languages, build, ratio, budget, precache and dist with what each language adds', () => {
    expect(languageRow(english, runs)).toEqual(['1,000', '1 (en)', '1,216', '10.0 s', '1.00', '—', '15.0 s', '1.00', '2,000 files, 16.0 MB', '—', '24.0 MB', '—']);
    expect(languageRow(spanish, runs)).toEqual(['1,000', '2 (en, es)', '2,432', '18.0 s', '1.80', 'pass (≤ 2)', '27.0 s', '1.80', '3,200 files, 27.0 MB', '+1,200 files, +11.0 MB', '40.0 MB', '+16.0 MB']);
    expect(languageRow(three, runs)).toHaveLength(LANGUAGES_HEADER.length);
    expect(languageRow(three, runs)[5]).toBe('FAIL (> 3)');
  });

  test('in the report, with the failed budget listed under its binder; sizes keep their rows, named with their languages', () => {
    const results: BenchResults = {
      startedAt: '2026-12-01T10:00:00.000Z',
      machine: { cpus: 2, cpuModel: 'AMD EPYC', memoryBytes: 25e9, platform: 'linux', node: 'v24.21.0' },
      compression: 'gzip',
      runs: withLanguageBudgets(runs),
    };
    const lines = renderReport(results).split('\n');
    expect(lines).toContain('By language (each size in English only, then translated into more languages):');
    expect(lines.find((line) => line.startsWith('Entries  Languages'))?.split(/\s{2,}/)).toEqual(LANGUAGES_HEADER);
    expect(lines.some((line) => line.startsWith('1,000 + es, it '))).toBe(true);
    expect(lines).toContain('  ✗ generated, 1,000 entries, translated into es, it: build in 3 languages 31.0 s (× 3.10; CPU × 3.10), limit ≤ 3 × the one-language build (10.0 s) = 30.0 s: 1.0 s over: the build grows faster than the languages (× 3.10; CPU × 3.10 for 3 languages)');
  });

  test('a busy machine’s miss is listed under its binder as a warning, not a failure', () => {
    const busy: BinderMeasurement = { ...spanish, build: { ...spanish.build!, seconds: 20.2, cpuSeconds: 22.5 } };
    const results: BenchResults = { startedAt: '', machine: { cpus: 2, cpuModel: '', memoryBytes: 1, platform: '', node: '' }, compression: '', runs: withLanguageBudgets([english, busy]) };
    const text = renderReport(results);
    expect(text).toContain('Budgets: 1 of 1 checks pass (1 despite a miss blamed on a busy machine, ⚠ below)');
    expect(text).toContain('  ⚠ generated, 1,000 entries, translated into es: build in 2 languages 20.2 s (× 2.02; CPU × 1.50), limit ≤ 2 × the one-language build (10.0 s) = 20.0 s: × 2.02 in wall time');
    expect(text).not.toContain('✗');
  });

  test('a bench without languages has no table by language', () => {
    const results: BenchResults = { startedAt: '', machine: { cpus: 2, cpuModel: '', memoryBytes: 1, platform: '', node: '' }, compression: '', runs: [english] };
    expect(renderReport(results)).not.toContain('By language');
  });
});
