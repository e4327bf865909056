/**
 * `npm run bench`: builds the site as `npm run build` does, then weighs what a cook's
 * phone downloads for the pages that matter (HTML, CSS and start-up JavaScript, raw,
 * gzip and brotli), scores them with Lighthouse mobile, sizes the offline precache and
 * checks the reading-page budgets. Prints a table, writes the figures as JSON to
 * bench-results/, and exits 1 when a budget fails, so it can gate a change (a Lighthouse
 * performance point lost to a busy machine is a warning: lighthouse-noise.ts). With
 * `--sizes 100,1000` it does the same for generated binders of those sizes (issue #10),
 * each built in a copy of the project, and adds a table by size; `--languages 1` measures
 * each size again translated into one more language, with a table by language and the
 * budget that the build grows at most linearly with the languages (languages.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { measureBinder, MissingDistError, NoChromiumError } from './measure-binder.ts';
import { withLanguageBudgets } from './languages.ts';
import { BENCH_USAGE, BenchUsageError, parseBenchOptions } from './options.ts';
import { measureSize } from './measure-size.ts';
import { SearchFailedError } from './measure-search.ts';
import { type BenchResults, type BinderMeasurement, COMPRESSION_NOTE, renderReport } from './report.ts';
import { BuildFailedError } from './run-build.ts';
import { CheckFailedError } from './time-check.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** A path as the user can paste it: relative below the working directory, absolute elsewhere. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

async function main(): Promise<number> {
  const options = parseBenchOptions(process.argv.slice(2));
  if (options.help) {
    console.log(BENCH_USAGE);
    return 0;
  }
  const startedAt = new Date();
  // The same base the site is built with (astro.config.mjs).
  const basePath = process.env['BASE_PATH'] ?? '/';
  let runs: BinderMeasurement[] = [];
  if (options.sizes) {
    // Lighthouse (the slow part, and the same pages at every size) on the first binder only.
    for (const entries of options.sizes) {
      for (const languages of options.languages) {
        runs.push(await measureSize({ projectRoot, entries, seed: options.seed, languages, lighthouse: options.lighthouse && runs.length === 0, port: options.port, basePath }));
      }
    }
    runs = withLanguageBudgets(runs);
  } else {
    runs.push(
      await measureBinder({
        binder: options.dist ? `site built in ${options.dist}` : 'sample binder (content/)',
        projectRoot,
        dist: options.dist,
        build: options.build,
        lighthouse: options.lighthouse,
        port: options.port,
        basePath,
      }),
    );
  }
  const cpus = os.cpus();
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU', memoryBytes: os.totalmem(), platform: `${os.platform()} ${os.release()}`, node: process.version },
    compression: COMPRESSION_NOTE,
    runs,
  };
  const jsonFile = path.resolve(options.jsonFile ?? path.join(projectRoot, 'bench-results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`));
  await mkdir(path.dirname(jsonFile), { recursive: true });
  await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${renderReport(results)}\n\nresults written to ${displayPath(jsonFile)}`);
  const failed = runs.flatMap((run) => run.budgets).filter((check) => !check.passed).length;
  const warned = runs.flatMap((run) => run.budgets).filter((check) => check.passed && check.warning !== undefined).length;
  if (warned > 0) {
    console.warn(`\n⚠ ${warned} budget ${warned === 1 ? 'miss' : 'misses'} (Lighthouse performance, or a build's wall time over its CPU time) blamed on a busy machine and not counted (listed above): run the bench again on a quiet machine to confirm.`);
  }
  if (failed > 0) {
    console.error(`\n✗ budgets exceeded: ${failed} check(s) failed (listed above).`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof BenchUsageError || error instanceof BuildFailedError || error instanceof MissingDistError || error instanceof NoChromiumError || error instanceof CheckFailedError || error instanceof SearchFailedError;
  console.error(`✗ ${known ? (error as Error).message : ''}`);
  if (!known) console.error(error);
  process.exitCode = 2;
}
