/**
 * What `npm run import` was given, read: each file, each file of a folder (its
 * subfolders too), or a web address fetched for the user, handed to the reader of its
 * format by its extension — recipe pages (.html, .htm, and JSON-LD as .json/.jsonld),
 * Cooklang (.cook) and the spreadsheet template (.csv). Every source gets a result, so
 * the report covers every file, including those that could not be read.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReadResult } from '../domain/import/imported-recipe.ts';
import { fetchLimited, megabytes } from './fetch-limited.ts';
import { readCooklang } from './read-cooklang.ts';
import { MAX_PAGE_BYTES, readRecipePage } from './read-recipe-page.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';

export interface SourceResult extends ReadResult {
  /** The file (relative to where the command runs) or URL. */
  readonly source: string;
}

const READERS: Readonly<Record<string, (text: string, origin: string, url?: string) => ReadResult | Promise<ReadResult>>> = {
  '.html': readRecipePage,
  '.htm': readRecipePage,
  '.json': (text, origin, url) => readRecipePage(jsonLdPage(text), origin, url),
  '.jsonld': (text, origin, url) => readRecipePage(jsonLdPage(text), origin, url),
  '.cook': readCooklang,
  '.csv': readSpreadsheet,
};

/** The extensions a folder's files are imported by; others are listed as skipped. */
export const IMPORTED_EXTENSIONS = Object.keys(READERS);

export async function readSources(inputs: readonly string[], cwd: string, fetchPage: typeof fetch = fetch): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) results.push(await readUrl(input, fetchPage));
    else results.push(...(await readPath(path.resolve(cwd, input), cwd)));
  }
  return results;
}

async function readPath(absolute: string, cwd: string): Promise<SourceResult[]> {
  const shown = path.relative(cwd, absolute) || '.';
  let stats;
  try {
    stats = await lstat(absolute);
  } catch {
    return [failed(shown, 'does not exist', 'check the path (a folder imports every .html, .json, .cook and .csv file in it)')];
  }
  if (stats.isSymbolicLink()) return [failed(shown, 'is a symbolic link, which could point at any file', 'import the file it points to by its own path')];
  if (stats.isDirectory()) {
    const names = (await readdir(absolute)).filter((name) => !name.startsWith('.')).sort();
    const nested = await Promise.all(names.map(async (name) => {
      const child = path.join(absolute, name);
      const childStats = await lstat(child);
      if (childStats.isDirectory()) return readPath(child, cwd);
      return IMPORTED_EXTENSIONS.includes(path.extname(name).toLowerCase()) ? readPath(child, cwd) : [];
    }));
    const results = nested.flat();
    return results.length > 0 ? results : [failed(shown, 'has no file to import', `put recipe pages (.html), JSON-LD (.json), Cooklang (.cook) or spreadsheets (.csv) in it`)];
  }
  const reader = READERS[path.extname(absolute).toLowerCase()];
  if (!reader) return [failed(shown, `is not a format the importer reads (${path.extname(absolute) || 'no extension'})`, `import a recipe page (.html), its JSON-LD (.json), a Cooklang file (.cook) or a spreadsheet (.csv); save a spreadsheet as CSV first`)];
  if (stats.size > MAX_PAGE_BYTES) return [failed(shown, `is ${megabytes(stats.size)}, over the ${megabytes(MAX_PAGE_BYTES)} an import reads`, 'split it into smaller files')];
  const text = await readFile(absolute, 'utf8');
  return [{ source: shown, ...(await reader(text, shown)) }];
}

async function readUrl(url: string, fetchPage: typeof fetch): Promise<SourceResult> {
  const fetched = await fetchLimited(url, MAX_PAGE_BYTES, fetchPage, 'text/html,application/ld+json;q=0.9,*/*;q=0.1');
  switch (fetched.kind) {
    case 'unreachable':
      return failed(url, `could not be fetched (${fetched.reason})`, 'check the address and your connection, or save the page (File → Save Page As) and import the file');
    case 'status':
      return failed(url, `answered HTTP ${fetched.status}`, 'check the address, or save the page from your browser and import the file');
    case 'too-big':
      return failed(url, `is over the ${megabytes(MAX_PAGE_BYTES)} an import reads`, 'save the recipe page alone and import the file');
  }
  const type = fetched.contentType;
  const extension = /json/i.test(type) ? '.json' : /\.cook(?:$|[?#])/i.test(url) ? '.cook' : /csv/i.test(type) ? '.csv' : '.html';
  return { source: url, ...(await READERS[extension]!(fetched.bytes.toString('utf8'), url, url)) };
}

/** JSON-LD on its own, as a page holding it, so one reader reads both. */
function jsonLdPage(json: string): string {
  // `</script` inside the JSON would end the block early; JSON allows "<\/" for it.
  return `<!doctype html><html><head><script type="application/ld+json">${json.replace(/<\//g, '<\\/')}</script></head><body></body></html>`;
}

function failed(source: string, message: string, fix: string): SourceResult {
  return { source, recipes: [], problems: [{ where: source, message, fix }] };
}
