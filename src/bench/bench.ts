/**
 * `npm run bench`: builds the site as `npm run build` does, then weighs what a cook's
 * phone downloads for the pages that matter (HTML, CSS and start-up JavaScript, raw,
 * gzip and brotli), scores them with Lighthouse mobile, sizes the offline precache and
 * checks the reading-page budgets. Prints a table, writes the figures as JSON to
 * bench-results/, and exits 1 when a budget fails, so it can gate a change.
 */
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromiumExecutablePath, findChromium } from '../browser/chromium.ts';
import { evaluateBudgets, type LighthouseScores } from './budgets.ts';
import { type BuiltHtmlFile, choosePages } from './choose-pages.ts';
import { measurePage } from './measure-page.ts';
import { measurePrecache } from './measure-precache.ts';
import { BENCH_USAGE, type BenchOptions, BenchUsageError, parseBenchOptions } from './options.ts';
import { type BenchResults, type BinderMeasurement, COMPRESSION_NOTE, renderReport } from './report.ts';
import { BuildFailedError, runBuild } from './run-build.ts';
import { runLighthouse } from './run-lighthouse.ts';
import { serveStatic } from './static-server.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
// The same base the site is built with (astro.config.mjs).
const basePath = process.env['BASE_PATH'] ?? '/';

class MissingDistError extends Error {
  constructor(dist: string) {
    super(`${dist} has no built site (no index.html): run \`npm run build\` first, or run the benchmark without --no-build.`);
    this.name = 'MissingDistError';
  }
}

class NoChromiumError extends Error {
  constructor() {
    super('No Chromium found for Lighthouse: install one (Debian/Ubuntu: `sudo apt-get install chromium`), set CHROMIUM_PATH, or pass --skip-lighthouse.');
    this.name = 'NoChromiumError';
  }
}

async function measureBinder(options: BenchOptions): Promise<BinderMeasurement> {
  const dist = path.resolve(options.dist ?? path.join(projectRoot, 'dist'));
  let build = null;
  if (options.build) {
    console.log('building the site with npm run build…');
    build = await runBuild(projectRoot);
    console.log(build.summary);
  }
  const htmlFiles = await builtHtmlFiles(dist);
  if (!htmlFiles.some((file) => file.file === 'index.html')) throw new MissingDistError(dist);
  const { chosen, skipped } = choosePages(htmlFiles);
  const pages = [];
  for (const page of chosen) pages.push(await measurePage(dist, page, basePath));
  const precache = await measurePrecache(dist, basePath);

  let lighthouse: LighthouseScores[] | null = null;
  if (options.lighthouse) {
    const chromium = findChromium();
    if (!chromium) throw new NoChromiumError();
    const audited = chosen.filter((page) => page.lighthouse);
    console.log(`running Lighthouse mobile on ${audited.length} pages (about 10 s each)…`);
    const server = await serveStatic(dist, options.port, basePath);
    try {
      lighthouse = await runLighthouse(server.origin, audited, chromiumExecutablePath(chromium), basePath);
    } finally {
      await server.close();
    }
  }

  const budgets = evaluateBudgets(pages, lighthouse);
  return {
    binder: options.dist ? `site built in ${options.dist}` : 'sample binder (content/)',
    build,
    dist: { pages: htmlFiles.length, bytes: await folderBytes(dist) },
    pages,
    skippedPages: skipped,
    precache,
    lighthouse,
    budgets,
    passed: budgets.every((check) => check.passed),
  };
}

async function builtHtmlFiles(folder: string): Promise<BuiltHtmlFile[]> {
  const files = await readdir(folder, { recursive: true }).catch(() => [] as string[]);
  const html = files.map((file) => file.split(path.sep).join('/')).filter((file) => file.endsWith('.html'));
  return Promise.all(html.map(async (file) => ({ file, bytes: (await stat(path.join(folder, file))).size })));
}

async function folderBytes(folder: string): Promise<number> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true });
  const sizes = await Promise.all(files.filter((entry) => entry.isFile()).map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

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
  const run = await measureBinder(options);
  const cpus = os.cpus();
  const results: BenchResults = {
    startedAt: startedAt.toISOString(),
    machine: { cpus: cpus.length, cpuModel: cpus[0]?.model.trim() ?? 'unknown CPU', memoryBytes: os.totalmem(), platform: `${os.platform()} ${os.release()}`, node: process.version },
    compression: COMPRESSION_NOTE,
    runs: [run],
  };
  const jsonFile = path.resolve(options.jsonFile ?? path.join(projectRoot, 'bench-results', `${startedAt.toISOString().replace(/[:.]/g, '-')}.json`));
  await mkdir(path.dirname(jsonFile), { recursive: true });
  await writeFile(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${renderReport(results)}\n\nresults written to ${displayPath(jsonFile)}`);
  if (!run.passed) {
    console.error(`\n✗ budgets exceeded: ${run.budgets.filter((check) => !check.passed).length} check(s) failed (listed above).`);
    return 1;
  }
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const known = error instanceof BenchUsageError || error instanceof BuildFailedError || error instanceof MissingDistError || error instanceof NoChromiumError;
  console.error(`✗ ${known ? (error as Error).message : ''}`);
  if (!known) console.error(error);
  process.exitCode = 2;
}
