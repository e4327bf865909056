/**
 * Measures one built binder: runs the build (or takes the dist/ there), weighs the
 * chosen pages, sizes the offline precache, scores pages with Lighthouse and checks the
 * budgets. One call per binder, so the sizes of issue #10 are one call each.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { chromiumExecutablePath, findChromium } from '../browser/chromium.ts';
import { evaluateBudgets, type LighthouseScores } from './budgets.ts';
import { type BuiltHtmlFile, choosePages } from './choose-pages.ts';
import { measurePage } from './measure-page.ts';
import { measurePrecache } from './measure-precache.ts';
import type { BinderMeasurement } from './report.ts';
import { runBuild } from './run-build.ts';
import { runLighthouse } from './run-lighthouse.ts';
import { serveStaticSite } from '../browser/static-server.ts';

export interface MeasureBinderOptions {
  /** How the binder is named in the table and the JSON. */
  readonly binder: string;
  /** The project to run `npm run build` in; its dist/ is weighed unless `dist` says otherwise. */
  readonly projectRoot: string;
  readonly dist?: string | undefined;
  readonly build: boolean;
  readonly lighthouse: boolean;
  /** Port for the server Lighthouse reads from; 0: any free port. */
  readonly port: number;
  /** The base path the site is built with (BASE_PATH). */
  readonly basePath: string;
}

export class MissingDistError extends Error {
  constructor(dist: string) {
    super(`${dist} has no built site (no index.html): run \`npm run build\` first, or run the benchmark without --no-build.`);
    this.name = 'MissingDistError';
  }
}

export class NoChromiumError extends Error {
  constructor() {
    super('No Chromium found for Lighthouse: install one (Debian/Ubuntu: `sudo apt-get install chromium`), set CHROMIUM_PATH, or pass --skip-lighthouse.');
    this.name = 'NoChromiumError';
  }
}

export async function measureBinder(options: MeasureBinderOptions): Promise<BinderMeasurement> {
  const { projectRoot, basePath } = options;
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
    console.log(`running Lighthouse mobile on ${audited.length} pages (10–30 s a page)…`);
    const server = await serveStaticSite(dist, { port: options.port, basePath, gzip: true });
    try {
      lighthouse = await runLighthouse(server.origin, audited, chromiumExecutablePath(chromium), basePath);
    } finally {
      await server.close();
    }
  }

  const budgets = evaluateBudgets(pages, lighthouse);
  return {
    binder: options.binder,
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

