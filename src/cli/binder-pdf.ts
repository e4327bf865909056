/**
 * `npm run binder:pdf`: the binder on paper — from the built site in dist/, one PDF per
 * section and one for the whole binder, printed by Chromium: a cover with the identity,
 * contents with page numbers, each entry on a new page with a QR code to its live page.
 *
 *   npm run binder:pdf                              every section, and binder-pdf/binder.pdf
 *   npm run binder:pdf -- --section recipes         only that section (repeat for more)
 *   npm run binder:pdf -- --format letter           US Letter instead of A4
 *   npm run binder:pdf -- --language es             in Spanish (a language in site.languages), into binder-pdf/es/
 *   npm run binder:pdf -- --out <dir>               somewhere else than binder-pdf/
 *
 * Exit codes: 0 written, 1 could not print (the message says why), 2 usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { MissingBuildError, MissingLanguageError, NoChromiumError, PAPER_FORMATS, writeBinderPdfs, type PaperFormat } from '../print/binder-pdf.ts';
import { COLLECTION_NAMES } from '../schemas/reference.ts';

const USAGE = `usage: npm run binder:pdf -- [--section <name>]… [--format a4|letter] [--language <tag>] [--out <dir>]

  --section   print only this section: ${COLLECTION_NAMES.join(', ')} (repeat for more);
              without it, every section and the whole binder (binder.pdf)
  --format    a4 (default) or letter
  --language  print the binder in one of its languages (site.languages: es, it…);
              without it, in the language it is written in
  --out       where the PDFs go (default: binder-pdf/, or binder-pdf/<language>/)

Reads the built site: run \`npm run build\` first.`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
let parsed;
try {
  parsed = parseArgs({
    options: {
      section: { type: 'string', multiple: true },
      format: { type: 'string', default: 'a4' },
      language: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
} catch (error) {
  usageError((error as Error).message);
}
const { values } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const format = values.format.toLowerCase();
if (!(format in PAPER_FORMATS)) usageError(`Unknown paper format \`${values.format}\` — use a4 or letter.`);
const chosen = values.section ?? [];
for (const section of chosen) {
  if (!(COLLECTION_NAMES as readonly string[]).includes(section)) usageError(`There is no section \`${section}\` — use one of ${COLLECTION_NAMES.join(', ')}.`);
}

const started = performance.now();
try {
  const written = await writeBinderPdfs({
    distDir: path.join(projectRoot, 'dist'),
    outDir: path.resolve(values.out ?? (values.language ? path.join('binder-pdf', values.language.toLowerCase()) : 'binder-pdf')),
    sections: chosen.length > 0 ? [...new Set(chosen)] : COLLECTION_NAMES,
    wholeBinder: chosen.length === 0,
    format: format as PaperFormat,
    basePath: process.env['BASE_PATH'] ?? '/',
    language: values.language,
  });
  console.log('');
  for (const pdf of written) {
    console.log(`✓ ${shortPath(pdf.file)}: ${pdf.entries} entries, ${pdf.pages} pages, ${formatBytes(pdf.bytes)}`);
  }
  const pages = written.reduce((sum, pdf) => sum + pdf.pages, 0);
  const bytes = written.reduce((sum, pdf) => sum + pdf.bytes, 0);
  console.log(`${written.length} ${written.length === 1 ? 'PDF' : 'PDFs'}, ${pages} pages, ${formatBytes(bytes)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  if (error instanceof MissingBuildError || error instanceof MissingLanguageError || error instanceof NoChromiumError) {
    console.error(`✗ ${error.message}`);
    process.exit(1);
  }
  throw error;
}

/** Relative to where the command ran when inside it, else absolute. */
function shortPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}
