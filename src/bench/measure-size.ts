/**
 * One size of the scale benchmark (issue #10): generates a binder of `entries`
 * entries, writes it into a copy of the project, times `npm run check` on it, builds
 * and measures it with `measureBinder` (as `npm run build` builds it), then adds what
 * grows with a binder: pages per second, the Pagefind index, search in Chromium and
 * the time `npm start` takes to serve the first page. With `languages`, the binder is
 * also read in that many more languages, every entry translated (generate/translations.ts).
 * The copy is removed afterwards.
 */
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { binderFiles } from './generate/binder-files.ts';
import { generateBinder } from './generate/generate-binder.ts';
import { benchLanguages } from './generate/translations.ts';
import { measureBinder } from './measure-binder.ts';
import { measureSearch } from './measure-search.ts';
import { copyProjectCode } from './project-copy.ts';
import type { BinderMeasurement, ScaleMeasurement } from './report.ts';
import { timeCheck } from './time-check.ts';
import { timeStart } from './time-start.ts';

export interface MeasureSizeOptions {
  readonly projectRoot: string;
  readonly entries: number;
  readonly seed: string;
  /** Languages besides English, every entry translated into each; 0: English only. */
  readonly languages: number;
  readonly lighthouse: boolean;
  readonly port: number;
  readonly basePath: string;
}

export async function measureSize(options: MeasureSizeOptions): Promise<BinderMeasurement> {
  const { entries, seed, basePath } = options;
  const languages = benchLanguages(options.languages);
  const translated = languages.length === 0 ? '' : `, translated into ${languages.join(', ')}`;
  const project = await copyProjectCode(options.projectRoot, `bench-${entries}${languages.length === 0 ? '' : `-${languages.join('-')}`}`);
  try {
    console.log(`\ngenerating a binder of ${entries.toLocaleString('en')} entries${translated} (seed ${seed}) in ${project}…`);
    await writeGeneratedBinder(project, entries, seed, options.languages);
    console.log('timing npm run check on it…');
    const checkSeconds = await timeCheck(project);
    const run = await measureBinder({
      binder: `generated, ${entries.toLocaleString('en')} entries${translated}`,
      projectRoot: project,
      build: true,
      lighthouse: options.lighthouse,
      port: options.port,
      basePath,
    });
    const dist = path.join(project, 'dist');
    console.log('timing search in Chromium…');
    const search = await measureSearch(dist, basePath);
    console.log('timing npm start until the first page answers…');
    const startSeconds = await timeStart(project);
    const scale: ScaleMeasurement = {
      entries,
      seed,
      ...(languages.length > 0 ? { languages } : {}),
      pagesPerSecond: run.build ? run.dist.pages / run.build.seconds : null,
      pagefindBytes: await folderBytes(path.join(dist, 'pagefind')),
      checkSeconds,
      startSeconds,
      search,
    };
    return { ...run, scale };
  } finally {
    await rm(project, { recursive: true, force: true });
  }
}

async function writeGeneratedBinder(project: string, entries: number, seed: string, languages: number): Promise<void> {
  const files = binderFiles(generateBinder({ entries, seed, languages }), await loadCanonicalForm());
  for (const folder of new Set(files.map((file) => path.dirname(path.join(project, file.path))))) await mkdir(folder, { recursive: true });
  for (const file of files) await writeFile(path.join(project, file.path), file.text);
}

async function folderBytes(folder: string): Promise<number> {
  const files = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  const sizes = await Promise.all(files.filter((entry) => entry.isFile()).map(async (entry) => (await stat(path.join(entry.parentPath, entry.name))).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}
