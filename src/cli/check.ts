/**
 * `npm run check`: validates the binder (every file, every cross-reference, every
 * layer of a fork) and type-checks the code. Prints every problem as
 * `file:line: field: what — fix` and exits non-zero when there is any.
 *
 *   npm run check                       the project's binder, then the type check
 *   npm run check -- --content <dir>    another binder (a copy, an extracted revision) with its layers; no type check
 *   npm run check -- --format json      the binder's problems as JSON on stdout, for tools (no type check)
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBinderWithForm } from '../binder/binder-check-with-form.ts';
import { formatProblem } from '../binder/check-binder.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { content: { type: 'string' }, format: { type: 'string', default: 'text' } } });
if (values.format !== 'text' && values.format !== 'json') {
  console.error(`Unknown format \`${values.format}\` — use text or json.`);
  process.exit(2);
}
const contentDir = path.resolve(values.content ?? path.join(projectRoot, 'content'));

const started = performance.now();
const displayRoot = values.content ? process.cwd() : projectRoot;
const result = await checkBinderWithForm(contentDir, displayRoot);
const problems = result.problems;
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (values.format === 'json') {
  const json = {
    format: 'open-franchise/check',
    version: 1,
    valid: problems.length === 0,
    fileCount: result.fileCount,
    problems: problems.map((p) => ({ ...p, text: formatProblem(p) })),
    warnings: result.warnings.map((w) => ({ ...w, text: formatProblem(w) })),
  };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  process.exit(problems.length > 0 ? 1 : 0);
}

// Warnings first: the problems, which fail the check, end up last on screen.
for (const warning of result.warnings) console.error(`warning: ${formatProblem(warning)}`);
for (const problem of problems) console.error(formatProblem(problem));
if (problems.length > 0) {
  const count = problems.length;
  console.error(`\n✗ ${count} problem${count === 1 ? '' : 's'} in ${result.fileCount} files (${seconds} s).`);
  process.exit(1);
}
const warned = result.warnings.length;
console.log(`✓ binder: ${result.fileCount} files valid (${seconds} s)${warned > 0 ? `, ${warned} warning${warned === 1 ? '' : 's'} above (translations to do, prices to check)` : ''}`);

if (values.content === undefined) {
  const typecheck = spawnSync('astro', ['check', '--minimumSeverity', 'warning'], { cwd: projectRoot, stdio: 'inherit', shell: false });
  if (typecheck.status !== 0) process.exit(typecheck.status ?? 1);
}
