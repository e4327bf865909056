/**
 * What the benchmark found, as data (the JSON it writes) and as the table it prints.
 * One `BinderMeasurement` per binder measured: today the sample binder; the sizes of
 * issue #10 will add one per generated binder. Rendering is pure.
 */
import { type BudgetCheck, describeFailures, describeWarnings, type LighthouseScores, type MeasuredPage, totalWeight, type Weight } from './budgets.ts';
import type { SkippedPage } from './choose-pages.ts';
import { formatKilobytes, formatMegabytes, formatSeconds } from './format.ts';
import { BUILD_PHASES, type BuildPhase } from '../integrations/build-phases.ts';
import type { BuildMeasurement } from './run-build.ts';
import type { PrecacheMeasurement } from './measure-precache.ts';
import type { SearchMeasurement } from './measure-search.ts';
import { LANGUAGES_HEADER, LANGUAGES_NOTE, languageRow } from './languages.ts';

export interface BinderMeasurement {
  /** Which binder: "sample binder (content/)", later "generated, 1,000 entries". */
  readonly binder: string;
  /** Null with --no-build. */
  readonly build: BuildMeasurement | null;
  readonly dist: { readonly pages: number; readonly bytes: number };
  readonly pages: readonly MeasuredPage[];
  readonly skippedPages: readonly SkippedPage[];
  /** Null when dist/ has no service worker. */
  readonly precache: PrecacheMeasurement | null;
  /** Null with --skip-lighthouse. */
  readonly lighthouse: readonly LighthouseScores[] | null;
  readonly budgets: readonly BudgetCheck[];
  readonly passed: boolean;
  /** With --sizes only: what grows with the binder. Absent for the sample binder. */
  readonly scale?: ScaleMeasurement;
}

/** The figures of one generated binder that the sample binder's run does not take. */
export interface ScaleMeasurement {
  readonly entries: number;
  readonly seed: string;
  /** The languages besides English the binder is translated into (`--languages`); absent: none. */
  readonly languages?: readonly string[];
  /** Built HTML pages ÷ wall time of the whole build; null without a build. */
  readonly pagesPerSecond: number | null;
  /** Bytes of dist/pagefind, the whole search index. */
  readonly pagefindBytes: number;
  /** Wall time of `npm run check --content` alone (validation, no type check). */
  readonly checkSeconds: number;
  /** Wall time from starting the dev server (`npm start`) to the home page's first answer. */
  readonly startSeconds: number;
  readonly search: SearchMeasurement;
}

export interface BenchResults {
  readonly startedAt: string;
  readonly machine: { readonly cpus: number; readonly cpuModel: string; readonly memoryBytes: number; readonly platform: string; readonly node: string };
  readonly compression: string;
  readonly runs: readonly BinderMeasurement[];
}

export const COMPRESSION_NOTE = 'gzip: zlib level 6; brotli: quality 11; 1 KB = 1,000 bytes';

export function renderReport(results: BenchResults): string {
  const { machine } = results;
  const lines = [`npm run bench — ${results.startedAt}, ${machine.cpus} × ${machine.cpuModel}, ${(machine.memoryBytes / 1e9).toFixed(1)} GB RAM, Node ${machine.node}`];
  for (const run of results.runs) lines.push('', ...renderRun(run));
  const scaled = results.runs.filter((run) => run.scale !== undefined);
  if (scaled.length > 0) lines.push('', 'By size (generated binders):', '', ...table(SIZES_HEADER, scaled.map(sizeRow)), '', SIZES_NOTE);
  const phased = scaled.filter((run) => run.build !== null);
  if (phased.length > 0) lines.push('', 'Build phases by size (wall time):', '', ...table(PHASES_HEADER, phased.map(phaseRow)), '', PHASES_NOTE);
  if (scaled.some((run) => (run.scale!.languages ?? []).length > 0)) {
    lines.push('', 'By language (each size in English only, then translated into more languages):', '', ...table(LANGUAGES_HEADER, scaled.map((run) => languageRow(run, scaled))), '', LANGUAGES_NOTE);
  }
  lines.push('', `Sizes: ${results.compression}. Each file compressed on its own, as a server sends it; JS is what runs at start (static imports followed, dynamic import() left out).`);
  return lines.join('\n');
}

function renderRun(run: BinderMeasurement): string[] {
  const build = run.build
    ? `build ${formatSeconds(run.build.seconds)}, peak memory ${run.build.peakMemoryBytes === null ? 'n/a (no GNU time)' : formatMegabytes(run.build.peakMemoryBytes)}`
    : 'build skipped (--no-build)';
  const precache = run.precache
    ? `${run.precache.entries} files, ${formatMegabytes(run.precache.bytes)}${run.precache.missing.length > 0 ? ` (${run.precache.missing.length} listed but missing)` : ''}`
    : 'n/a (no dist/sw.js)';
  const lines = [`${run.binder}: ${build}; dist ${run.dist.pages} pages, ${formatMegabytes(run.dist.bytes)}; offline precache ${precache}`, ''];

  const header = ['Page', 'Path', 'HTML raw/gz/br', 'CSS raw/gz/br', 'JS raw/gz/br', 'Total gz', 'Total br', 'Framework', 'LH perf/a11y/bp', 'Budgets'];
  const rows = run.pages.map((page) => {
    const scores = run.lighthouse?.find((s) => s.label === page.label);
    const failed = run.budgets.filter((check) => check.subject === `${page.label} (${page.path})` && !check.passed);
    const warned = run.budgets.filter((check) => check.subject === `${page.label} (${page.path})` && check.passed && check.warning !== undefined);
    return [
      page.label,
      page.path,
      weightCell(page.html),
      weightCell(page.css),
      weightCell(page.js),
      formatKilobytes(totalWeight(page).gzip),
      formatKilobytes(totalWeight(page).brotli),
      page.frameworkRuntimes.length === 0 ? 'none' : page.frameworkRuntimes.join(', '),
      scores ? lighthouseCell(scores) : run.lighthouse ? 'not audited' : 'skipped',
      failed.length > 0 ? `FAIL (${failed.length})` : warned.length > 0 ? `pass (⚠ ${warned.length})` : 'pass',
    ];
  });
  lines.push(...table(header, rows));
  for (const skipped of run.skippedPages) lines.push(`  (${skipped.label}: skipped — ${skipped.reason})`);

  const passed = run.budgets.filter((check) => check.passed).length;
  const warned = run.budgets.filter((check) => check.passed && check.warning !== undefined).length;
  const lighthouseOnly = run.budgets.filter((check) => check.passed && check.warning !== undefined).every((check) => check.budget.startsWith('Lighthouse'));
  const despite = warned === 0 ? '' : ` (${warned} despite a ${lighthouseOnly ? 'Lighthouse ' : ''}miss blamed on a busy machine, ⚠ below)`;
  lines.push('', `Budgets: ${passed} of ${run.budgets.length} checks pass${despite} — HTML+CSS+JS ≤ 25 KB gzip and JS ≤ 12 KB gzip a page, no UI framework runtime${run.lighthouse ? ', Lighthouse mobile 100 in performance, accessibility and best practices' : ''}.`);
  lines.push(...describeFailures(run.budgets).map((line) => `  ${line}`));
  lines.push(...describeWarnings(run.budgets).map((line) => `  ${line}`));
  return lines;
}

export const SIZES_HEADER = ['Entries', 'Pages', 'Build', 'Pages/s', 'Peak memory', 'dist', 'Recipe gz', 'Pagefind', 'Search cold', 'warm', 'next', 'Fetched cold/next', 'Check', 'Start'];

const SIZES_NOTE = 'Build: wall time of npm run build (validation, pages, search index, offline manifest). Recipe gz: HTML+CSS+JS of the typical recipe page. Search: Pagefind in Chromium on the built site, from the query to the first result\'s data; cold is the page\'s first query ("mozzarella"), warm the same again, next another word after it ("garlic"); fetched: bytes sent for the query, as sent (gzip). Check: npm run check -- --content alone. Start: npm start (astro dev) until the home page answers.';

export const PHASES_HEADER = ['Entries', ...(Object.keys(BUILD_PHASES) as BuildPhase[]), 'Whole build'];

const PHASES_NOTE = `Phases: ${Object.entries(BUILD_PHASES).map(([phase, what]) => `${phase}: ${what}`).join('; ')}. Whole build: npm run build timed from outside (Node's own start-up included).`;

/** One row of the phases table: each phase's wall time, '—' for a phase the build did not report. Pure. */
export function phaseRow(run: BinderMeasurement): string[] {
  const phases = run.build?.phases ?? [];
  const cells = (Object.keys(BUILD_PHASES) as BuildPhase[]).map((name) => {
    const phase = phases.find((candidate) => candidate.phase === name);
    return phase ? formatSeconds(phase.ms / 1000) : '—';
  });
  return [entriesCell(run.scale!), ...cells, run.build ? formatSeconds(run.build.seconds) : 'n/a'];
}

/** One row of the table by size. Pure. */
export function sizeRow(run: BinderMeasurement): string[] {
  const scale = run.scale!;
  const typical = run.pages.find((page) => page.label === 'recipe (typical)');
  return [
    entriesCell(scale),
    run.dist.pages.toLocaleString('en'),
    run.build ? formatSeconds(run.build.seconds) : 'n/a',
    scale.pagesPerSecond === null ? 'n/a' : scale.pagesPerSecond.toFixed(0),
    run.build?.peakMemoryBytes ? formatMegabytes(run.build.peakMemoryBytes) : 'n/a',
    formatMegabytes(run.dist.bytes),
    typical ? formatKilobytes(totalWeight(typical).gzip) : 'n/a',
    formatMegabytes(scale.pagefindBytes),
    `${scale.search.coldMs.toFixed(0)} ms`,
    `${scale.search.warmMs.toFixed(0)} ms`,
    `${scale.search.otherMs.toFixed(0)} ms`,
    `${formatKilobytes(scale.search.coldBytes)} / ${formatKilobytes(scale.search.otherBytes)}`,
    formatSeconds(scale.checkSeconds),
    formatSeconds(scale.startSeconds),
  ];
}

/** "1,000", or "1,000 + es, it" for a binder translated into more languages. */
function entriesCell(scale: ScaleMeasurement): string {
  const languages = scale.languages ?? [];
  return `${scale.entries.toLocaleString('en')}${languages.length > 0 ? ` + ${languages.join(', ')}` : ''}`;
}

function lighthouseCell(scores: LighthouseScores): string {
  const cell = [scores.performance, scores.accessibility, scores.bestPractices].map((score) => score ?? '—').join(' / ');
  const runs = scores.runs?.length ?? 1;
  const notes = [...(runs > 1 ? [`median of ${runs}`] : []), ...(scores.performanceVerdict?.verdict === 'noise' ? ['perf: busy machine'] : [])];
  return notes.length > 0 ? `${cell} (${notes.join(', ')})` : cell;
}

function weightCell(weight: Weight): string {
  return `${(weight.raw / 1000).toFixed(1)} / ${(weight.gzip / 1000).toFixed(1)} / ${(weight.brotli / 1000).toFixed(1)}`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)];
}
