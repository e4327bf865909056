/** The command line of `npm run bench`. Pure: argv in, options out, or an error saying what to type instead. */
import { parseArgs } from 'node:util';
import { LanguagesError, parseLanguageCounts } from './languages.ts';
import { parseSizes, SizesError } from './sizes.ts';

export interface BenchOptions {
  /** Build the site first (`npm run build`), or weigh the dist/ already there. */
  readonly build: boolean;
  readonly lighthouse: boolean;
  /** Where the JSON goes; undefined: bench-results/<timestamp>.json. */
  readonly jsonFile: string | undefined;
  /** A built site to weigh instead of this project's dist/ (only with --no-build). */
  readonly dist: string | undefined;
  /** Port of the local server Lighthouse reads from; 0: any free port. */
  readonly port: number;
  /** Entries of each generated binder to build and measure (issue #10); undefined: the sample binder. */
  readonly sizes: readonly number[] | undefined;
  /** Seed of the generated binders. */
  readonly seed: string;
  /** With --sizes: how many languages besides English to measure each size with, 0 (English only) first; [0] without --languages. */
  readonly languages: readonly number[];
  readonly help: boolean;
}

export class BenchUsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${BENCH_USAGE}`);
    this.name = 'BenchUsageError';
  }
}

export const BENCH_USAGE = `Usage: npm run bench -- [--no-build [--dist <dir>]] [--sizes <n,n,…> [--seed <s>] [--languages <n,n,…>]] [--skip-lighthouse] [--json <file>] [--port <n>]
  --sizes <n,n,…>    instead of the sample binder, generate a binder of each size (entries), build it in a
                     copy of the project and measure it, with build speed, search and npm run check times
  --seed <s>         seed of the generated binders (default 1)
  --languages <n,…>  with --sizes: measure each size in English only and again translated into n more
                     languages (es, it, fr, … in order; every entry translated), and check that its build
                     takes at most n + 1 times the English-only one; --languages 1 is --languages 0,1
  --no-build         weigh the dist/ already built instead of running npm run build first
  --skip-lighthouse  leave out the Lighthouse scores (the slow part)
  --json <file>      write the results there instead of bench-results/<timestamp>.json
  --dist <dir>       with --no-build: weigh the site built in <dir> instead of dist/
  --port <n>         serve dist/ to Lighthouse on 127.0.0.1:<n> (default: any free port)`;

export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        'no-build': { type: 'boolean', default: false },
        'skip-lighthouse': { type: 'boolean', default: false },
        json: { type: 'string' },
        dist: { type: 'string' },
        port: { type: 'string', default: '0' },
        sizes: { type: 'string' },
        seed: { type: 'string', default: '1' },
        languages: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new BenchUsageError((error as Error).message);
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new BenchUsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  if (values.dist !== undefined && !values['no-build']) {
    throw new BenchUsageError('--dist weighs a site built elsewhere, and npm run build always writes this project\'s dist/: add --no-build.');
  }
  let sizes: number[] | undefined;
  try {
    sizes = values.sizes === undefined ? undefined : parseSizes(values.sizes);
  } catch (error) {
    if (error instanceof SizesError) throw new BenchUsageError(error.message);
    throw error;
  }
  if (sizes && (values['no-build'] || values.dist !== undefined)) {
    throw new BenchUsageError('--sizes builds each generated binder, so it takes neither --no-build nor --dist: leave those out.');
  }
  if (values.languages !== undefined && !sizes) {
    throw new BenchUsageError('--languages translates the generated binders of --sizes: add --sizes, like --sizes 1000 --languages 1.');
  }
  let languages: number[] = [0];
  try {
    if (values.languages !== undefined) languages = parseLanguageCounts(values.languages);
  } catch (error) {
    if (error instanceof LanguagesError) throw new BenchUsageError(error.message);
    throw error;
  }
  return { build: !values['no-build'], lighthouse: !values['skip-lighthouse'], jsonFile: values.json, dist: values.dist, port, sizes, seed: values.seed, languages, help: values.help };
}
