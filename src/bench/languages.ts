/**
 * The cost of each language (`--sizes 1000 --languages 1`): the same generated binder
 * measured with only its own language and with 1, 2, … more (every entry translated),
 * so the table says what a language adds to the build, the offline precache and dist/,
 * and a budget holds the build to linear growth: with n more languages, at most
 * n + 1 times the one-language build of the same size (twice, for one more). Pure:
 * the option's text in, the counts out; measurements in, rows and budget checks out.
 */
import type { BudgetCheck } from './budgets.ts';
import { formatMegabytes, formatSeconds } from './format.ts';
import { MAX_LANGUAGES } from './generate/translations.ts';
import type { BinderMeasurement } from './report.ts';

export class LanguagesError extends Error {
  override name = 'LanguagesError';
}

/**
 * "1" or "0,1" → [0, 1]: the counts of languages besides the original to measure each
 * size with. 0 (the original alone) is always measured, since every other count is
 * compared with it; so `--languages 1` means "also with one more language".
 */
export function parseLanguageCounts(text: string): number[] {
  const counts = text.split(',').map((part) => {
    const trimmed = part.trim();
    const count = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
    if (!(count >= 0 && count <= MAX_LANGUAGES)) {
      throw new LanguagesError(`--languages ${text}: "${trimmed}" is not a whole number of languages from 0 to ${MAX_LANGUAGES} — list how many languages besides English to measure each size with, like --languages 1 or --languages 1,2`);
    }
    return count;
  });
  if (new Set(counts).size !== counts.length) throw new LanguagesError(`--languages ${text} lists a count twice — list each once, like --languages 1,2`);
  return [...new Set([0, ...counts])].sort((a, b) => a - b);
}

/** The extra languages of a measured binder: none for the sample binder and a one-language generated one. */
export function extraLanguages(run: BinderMeasurement): readonly string[] {
  return run.scale?.languages ?? [];
}

/** The run of the same generated binder (size and seed) in its own language only, when it was measured and built. */
export function oneLanguageRun(run: BinderMeasurement, runs: readonly BinderMeasurement[]): BinderMeasurement | undefined {
  const scale = run.scale;
  if (!scale) return undefined;
  return runs.find((other) => other.scale?.entries === scale.entries && other.scale.seed === scale.seed && extraLanguages(other).length === 0 && other.build !== null);
}

/** What a binder with more languages costs beside the same binder in one language. */
export interface LanguageCost {
  readonly entries: number;
  /** Languages the binder is read in: the original and the extra ones. */
  readonly languages: number;
  readonly extra: readonly string[];
  readonly pages: number;
  readonly buildSeconds: number | null;
  /** Build time ÷ the one-language build's; null without both builds. */
  readonly buildRatio: number | null;
  /** The same for the builds' CPU time (user + system), which a busy machine moves less; null without GNU time. */
  readonly cpuRatio: number | null;
  readonly precacheFiles: number | null;
  readonly precacheBytes: number | null;
  /** (precache − the one-language precache) ÷ extra languages; null for the one-language binder itself. */
  readonly precacheBytesPerLanguage: number | null;
  readonly precacheFilesPerLanguage: number | null;
  readonly distBytes: number;
  readonly distBytesPerLanguage: number | null;
}

export function languageCost(run: BinderMeasurement, runs: readonly BinderMeasurement[]): LanguageCost {
  const extra = extraLanguages(run);
  const base = oneLanguageRun(run, runs);
  const n = extra.length;
  const perLanguage = (mine: number | undefined, theirs: number | undefined) => (n === 0 || mine === undefined || theirs === undefined ? null : (mine - theirs) / n);
  return {
    entries: run.scale!.entries,
    languages: 1 + n,
    extra,
    pages: run.dist.pages,
    buildSeconds: run.build?.seconds ?? null,
    buildRatio: run.build && base?.build ? run.build.seconds / base.build.seconds : null,
    cpuRatio: run.build?.cpuSeconds && base?.build?.cpuSeconds ? run.build.cpuSeconds / base.build.cpuSeconds : null,
    precacheFiles: run.precache?.entries ?? null,
    precacheBytes: run.precache?.bytes ?? null,
    precacheBytesPerLanguage: perLanguage(run.precache?.bytes, base?.precache?.bytes),
    precacheFilesPerLanguage: perLanguage(run.precache?.entries, base?.precache?.entries),
    distBytes: run.dist.bytes,
    distBytesPerLanguage: perLanguage(run.dist.bytes, base?.dist.bytes),
  };
}

/**
 * The language budget of a binder with extra languages: its build takes at most
 * (1 + extra languages) times the build of the same binder in one language. A wall
 * time over the limit whose CPU time (GNU time) is within it is the machine's, not the
 * build's: the two builds ran under different loads. It passes with a warning saying
 * so, as a Lighthouse point lost to a busy machine does (lighthouse-noise.ts).
 * Undefined for a binder without extra languages, or when either build was not measured.
 */
export function languageBudget(run: BinderMeasurement, runs: readonly BinderMeasurement[]): BudgetCheck | undefined {
  const n = extraLanguages(run).length;
  const base = oneLanguageRun(run, runs);
  if (n === 0 || !run.build || !base?.build) return undefined;
  const factor = 1 + n;
  const limit = factor * base.build.seconds;
  const ratio = run.build.seconds / base.build.seconds;
  const cpu = run.build.cpuSeconds && base.build.cpuSeconds ? { ratio: run.build.cpuSeconds / base.build.cpuSeconds, mine: run.build.cpuSeconds, theirs: base.build.cpuSeconds } : undefined;
  const withinWall = run.build.seconds <= limit;
  const noise = !withinWall && cpu !== undefined && cpu.ratio <= factor;
  const passed = withinWall || noise;
  const cpuNote = cpu ? `; CPU × ${cpu.ratio.toFixed(2)}` : '';
  return {
    subject: run.binder,
    budget: `build in ${factor} languages`,
    limit: `≤ ${factor} × the one-language build (${formatSeconds(base.build.seconds)}) = ${formatSeconds(limit)}`,
    measured: `${formatSeconds(run.build.seconds)} (× ${ratio.toFixed(2)}${cpuNote})`,
    passed,
    ...(!passed && { overBy: `${formatSeconds(run.build.seconds - limit)} over: the build grows faster than the languages (× ${ratio.toFixed(2)}${cpuNote} for ${factor} languages)` }),
    ...(noise && {
      warning: `× ${ratio.toFixed(2)} in wall time, but × ${cpu.ratio.toFixed(2)} in CPU time (${formatSeconds(cpu.mine)} against ${formatSeconds(cpu.theirs)}): the machine was busier during one build than the other — noise, not counted`,
    }),
  };
}

/** Every run, with its language budget added to its budgets where it has one. */
export function withLanguageBudgets(runs: readonly BinderMeasurement[]): BinderMeasurement[] {
  return runs.map((run) => {
    const check = languageBudget(run, runs);
    if (!check) return run;
    const budgets = [...run.budgets, check];
    return { ...run, budgets, passed: budgets.every((budget) => budget.passed) };
  });
}

export const LANGUAGES_HEADER = ['Entries', 'Languages', 'Pages', 'Build', '× 1 language', 'Budget', 'CPU', '× 1 language', 'Precache', 'per language', 'dist', 'per language'];

export const LANGUAGES_NOTE =
  'Languages: the original (English) and the generated binder\'s extra ones, every entry translated into each. × 1 language: the build\'s wall time ÷ that of the same binder in English only (budget: at most the number of languages, so the build grows at most linearly; a wall time over it with a CPU ratio within it is a ⚠ busy machine, not counted). CPU: the build\'s CPU time, user + system, of all its processes (GNU time), and its ratio: less moved by other work on the machine than the wall time. Per language: what each extra language adds to the offline precache (files, bytes on disk) and to dist/, over the English-only binder.';

/** One row of the table by language. Pure. */
export function languageRow(run: BinderMeasurement, runs: readonly BinderMeasurement[]): string[] {
  const cost = languageCost(run, runs);
  const check = languageBudget(run, runs);
  const signed = (bytes: number) => `${bytes < 0 ? '−' : '+'}${formatMegabytes(Math.abs(bytes))}`;
  return [
    cost.entries.toLocaleString('en'),
    cost.extra.length === 0 ? '1 (en)' : `${cost.languages} (en, ${cost.extra.join(', ')})`,
    cost.pages.toLocaleString('en'),
    cost.buildSeconds === null ? 'n/a' : formatSeconds(cost.buildSeconds),
    cost.buildRatio === null ? (cost.extra.length === 0 ? '1.00' : 'n/a') : cost.buildRatio.toFixed(2),
    check === undefined ? '—' : !check.passed ? `FAIL (> ${cost.languages})` : check.warning !== undefined ? 'pass (⚠ busy machine)' : `pass (≤ ${cost.languages})`,
    run.build?.cpuSeconds ? formatSeconds(run.build.cpuSeconds) : 'n/a',
    cost.cpuRatio === null ? (cost.extra.length === 0 && run.build?.cpuSeconds ? '1.00' : 'n/a') : cost.cpuRatio.toFixed(2),
    cost.precacheBytes === null ? 'n/a' : `${cost.precacheFiles!.toLocaleString('en')} files, ${formatMegabytes(cost.precacheBytes)}`,
    cost.precacheBytesPerLanguage === null ? '—' : `+${Math.round(cost.precacheFilesPerLanguage!).toLocaleString('en')} files, ${signed(cost.precacheBytesPerLanguage)}`,
    formatMegabytes(cost.distBytes),
    cost.distBytesPerLanguage === null ? '—' : signed(cost.distBytesPerLanguage),
  ];
}
