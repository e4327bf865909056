/**
 * `npm run export`: the binder's recipes out as Cooklang, schema.org JSON-LD or the
 * costing-spreadsheet template. See src/export/run-export.ts.
 *
 *   npm run export -- recipes/pizza-dough --format cooklang
 *   npm run export -- --all --format csv --out exported/
 *
 * With one recipe and no --out, the file is printed. Exit codes: 0 written, 1 refused,
 * 2 usage error.
 */
import path from 'node:path';
import { EXPORT_FORMATS, ExportError, exportFiles, runExport, type ExportFormat } from '../export/run-export.ts';
import { parseArguments, usageError as usageErrorIn } from './arguments.ts';

const USAGE = `usage: npm run export -- <recipes/slug>… | --all  --format ${EXPORT_FORMATS.join(' | ')} [--out <folder>]

  recipes/<slug>   a recipe to export (several may be given)
  --all            every recipe of the binder
  --format         cooklang: a .cook file per recipe (binder fields kept in its front matter)
                   schema-org: a schema.org Recipe JSON-LD .json per recipe
                   csv: one recipes.csv in the costing-spreadsheet template's columns
  --out            the folder to write into (default: exported/); one recipe without --out is printed`;

function usageError(message: string): never {
  return usageErrorIn(message, USAGE);
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArguments({ all: { type: 'boolean' }, format: { type: 'string' }, out: { type: 'string' } }, USAGE);
if (!EXPORT_FORMATS.includes(values.format as ExportFormat)) usageError(`--format takes ${EXPORT_FORMATS.join(', ')}${values.format ? ` — not "${values.format}"` : ''}`);
if (values.all === true && positionals.length > 0) usageError('give recipes or --all, not both');
if (values.all !== true && positionals.length === 0) usageError('give a recipe (recipes/<slug>) or --all');
const format = values.format as ExportFormat;
const entries = values.all === true ? undefined : positionals;

try {
  if (entries?.length === 1 && values.out === undefined && format !== 'csv') {
    process.stdout.write([...(await exportFiles(projectRoot, entries, format)).values()][0]!);
  } else {
    const cwd = process.env['INIT_CWD'] ?? process.cwd();
    const written = await runExport({ projectRoot, entries, format, out: path.resolve(cwd, values.out ?? 'exported') });
    for (const file of written) console.log(path.relative(cwd, file));
    console.log(`✓ exported ${written.length} file${written.length === 1 ? '' : 's'} as ${format}`);
  }
} catch (error) {
  if (!(error instanceof ExportError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
