/**
 * `npm run import`: brings recipes in from recipe web pages (schema.org Recipe),
 * Cooklang files and the costing-spreadsheet template, as binder entries checked like
 * a proposal. See src/import/run-import.ts.
 *
 *   npm run import -- saved-page.html --dry-run
 *   npm run import -- https://example.com/recipes/ragu --station hot-line --course main
 *   npm run import -- old-recipes/ --into brooklyn --propose
 *
 * Exit codes: 0 every recipe imported valid; 1 something needs a person or was refused
 * (the report says what); 2 usage error.
 */
import path from 'node:path';
import { formatProblem } from '../domain/located-problem.ts';
import { renderText } from '../domain/kitchen-diff/render-text.ts';
import { CourseSchema } from '../schemas/recipe.ts';
import { importCounts, ImportError, problemLine, runImport, type ImportReport } from '../import/run-import.ts';
import { parseArguments, usageError as usageErrorIn } from './arguments.ts';

const USAGE = `usage: npm run import -- <file | folder | URL>… [--into <layer>] [--dry-run] [--propose] [--as <slug>] [--course <course>] [--station <slug>] [--image <file | URL>]

  <file>       a saved recipe page (.html), its JSON-LD (.json), a Cooklang file (.cook)
               or a spreadsheet in the template's columns (.csv, see templates/costing-sheet.csv)
  <folder>     every such file in it and its subfolders
  <URL>        a recipe page, fetched for you
  --into       the layer to write into (a fork's own layer by default; content/ in the original)
  --dry-run    print the entries and the report; write nothing
  --propose    commit the entries to a proposal branch (cms/recipes/<slug>) and show its kitchen diff,
               leaving your working tree alone
  --as         the slug to import one recipe under (when its own is taken)
  --course     the course of what is imported: ${CourseSchema.options.join(', ')}
  --station    the station that makes it (a slug from content/stations/)
  --image      a photo for the one recipe imported (jpg, png, webp or avif), from a file or address you give:
               a page's own images are never copied`;

function usageError(message: string): never {
  return usageErrorIn(message, USAGE);
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArguments(
  { into: { type: 'string' }, 'dry-run': { type: 'boolean' }, propose: { type: 'boolean' }, as: { type: 'string' }, course: { type: 'string' }, station: { type: 'string' }, image: { type: 'string' } },
  USAGE,
);
if (positionals.length === 0) usageError('give a file, a folder or a web address to import');
if (values['dry-run'] && values.propose) usageError('--dry-run writes nothing and --propose commits a branch: choose one');
if (values.as !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(values.as)) usageError(`--as takes a slug (lower-case words joined by hyphens), like ragu-bolognese — not "${values.as}"`);
const course = values.course === undefined ? undefined : CourseSchema.safeParse(values.course);
if (course && !course.success) usageError(`--course takes one of ${CourseSchema.options.join(', ')} — not "${values.course}"`);

let report: ImportReport;
try {
  report = await runImport({
    projectRoot,
    inputs: positionals,
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
    ...(values.into !== undefined && { into: values.into }),
    dryRun: values['dry-run'] === true,
    propose: values.propose === true,
    ...(values.as !== undefined && { slug: values.as }),
    ...(course?.data && { course: course.data }),
    ...(values.station !== undefined && { station: values.station }),
    ...(values.image !== undefined && { image: values.image }),
    today: new Date().toISOString().slice(0, 10),
  });
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}

const colour = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
const out: string[] = [];
if (values['dry-run']) {
  for (const [file, text] of report.texts) {
    if (!report.entries.some((entry) => entry.file === file && entry.state !== 'refused') && !report.newIngredients.some((outcome) => outcome.file === file)) continue;
    out.push(`── ${file} (not written: --dry-run)`, text.trimEnd(), '');
  }
}
for (const source of report.sources) {
  for (const problem of source.problems) out.push(`✗ ${problemLine(problem)}`);
}
for (const entry of report.entries) {
  const mark = entry.state === 'valid' ? '✓' : entry.state === 'needs' ? '!' : '✗';
  out.push(`${mark} ${entry.mapped.origin} → ${entry.file}${entry.refusal ? `: ${entry.refusal}` : ''}`);
  for (const line of entry.mapped.lines) {
    const target = `${line.to.collection}/${line.to.id}`;
    const how = line.to.isNew ? `NEW ${target} (no match${line.candidates[0] ? `; nearest ${line.candidates[0].collection}/${line.candidates[0].id} at ${line.candidates[0].confidence.toFixed(2)}` : ''})` : `${target} (${line.confidence?.toFixed(2)} by ${line.by})`;
    out.push(`    ${line.raw} → ${how}`);
  }
  for (const problem of entry.problems) out.push(`    ${formatProblem(problem)}`);
  for (const item of entry.mapped.toConfirm) if (!entry.problems.some((problem) => problem.field === item.field)) out.push(`    ${entry.file}: ${item.field}: ${item.why}`);
  for (const warning of entry.mapped.warnings) out.push(`    ⚠ ${warning}`);
}
for (const outcome of report.newIngredients) {
  out.push(`! new ingredient ${outcome.file}: allergens to confirm${suggested(outcome.ingredient.data)}`);
  for (const problem of outcome.problems) out.push(`    ${formatProblem(problem)}`);
}
const { valid, needs, fields, refused } = importCounts(report);
const newOnes = report.newIngredients.length > 0 ? ` · new ingredients with allergens to confirm: ${report.newIngredients.length}` : '';
out.push(
  '',
  `Imported valid: ${valid} · needing confirmation: ${needs}${fields.size > 0 ? ` (${[...fields].map(([field, count]) => (count > 1 ? `${field} ×${count}` : field)).join(', ')})` : ''}${newOnes} · refused: ${refused.length}`,
  ...refused.map((why) => `  refused ${why}`),
);
if (report.written.length > 0 && !report.proposal) out.push('', `Written: ${report.written.join(', ')}`, 'Next: fill what is listed above, then `npm run check`.');
console.log(out.join('\n'));
if (report.proposal) {
  console.log(`\n✓ proposal branch ${report.proposal.branch} (your working tree is unchanged)\n`);
  process.stdout.write(renderText(report.proposal.report, { colour }));
  console.log(`\nReview it with \`npm run review -- ${report.proposal.branch}\`.`);
}
process.exit(needs === 0 && refused.length === 0 && report.newIngredients.length === 0 ? 0 : 1);

function suggested(data: Record<string, unknown>): string {
  const list = (data['allergensToConfirm'] as { suggested?: string[] } | undefined)?.suggested ?? [];
  return list.length > 0 ? ` (its name suggests: ${list.join(', ')})` : ' (its name suggests none — that proves nothing)';
}
