/**
 * `npm run diff`: the kitchen diff — what a proposal changes in the binder, as a
 * cook reads it: "Margherita — Extra-virgin olive oil: 10 g → 8 g", allergens
 * added first, steps word by word, and whether the proposal passes every check.
 *
 *   npm run diff -- <base> <head>                   two revisions (branches, tags, commits)
 *   npm run diff -- <base>                          a revision against the files as they are now
 *   npm run diff -- <base> <head> --format markdown text (default), markdown (pull-request comment) or json
 *   npm run diff -- <base> <head> --repo <dir>      another clone of a binder
 *
 * Exit codes: 0 head is valid, 1 head has content problems (printed), 2 usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { diffRevisions, HiddenFilesError, NotARepositoryError, UnknownRevisionError } from '../binder/revision-diff.ts';
import { renderJson } from '../domain/kitchen-diff/render-json.ts';
import { renderMarkdown } from '../domain/kitchen-diff/render-markdown.ts';
import { renderText } from '../domain/kitchen-diff/render-text.ts';

const FORMATS = ['text', 'markdown', 'json'] as const;
type Format = (typeof FORMATS)[number];

const USAGE = `usage: npm run diff -- <base> [<head>] [--format text|markdown|json] [--repo <dir>]

  <base>     the revision the proposal starts from: a branch, tag or commit (main, HEAD~1)
  <head>     the revision to review; leave out to review the files as they are now
  --format   text (default), markdown for a pull-request comment, json for tools
  --repo     the binder's clone (default: this project)

Exit codes: 0 head is valid, 1 head has content problems, 2 usage error.`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { format: { type: 'string', default: 'text' }, repo: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length < 1 || positionals.length > 2) usageError(positionals.length === 0 ? 'Give the base revision to compare with.' : `Too many revisions: ${positionals.join(' ')}.`);
if (!(FORMATS as readonly string[]).includes(values.format)) usageError(`Unknown format \`${values.format}\` — use text, markdown or json.`);
const format = values.format as Format;
const [base, head] = positionals as [string, string | undefined];

let report;
try {
  report = await diffRevisions({ repoDir: path.resolve(values.repo ?? projectRoot), base, head });
} catch (error) {
  if (error instanceof UnknownRevisionError || error instanceof NotARepositoryError) usageError(error.message);
  if (error instanceof HiddenFilesError) {
    // On stdout, where the diff would have been: in a pull-request comment the refusal is what reviewers read.
    console.log(`✗ ${error.message}`);
    process.exit(1);
  }
  throw error;
}

const colour = process.stdout.isTTY === true && process.env['NO_COLOR'] === undefined;
process.stdout.write(format === 'json' ? renderJson(report) : format === 'markdown' ? renderMarkdown(report) : renderText(report, { colour }));
process.exitCode = report.headProblems.length > 0 ? 1 : 0;
