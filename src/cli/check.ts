/**
 * `npm run check`: validates the binder (every file, every cross-reference) and
 * type-checks the code. Prints every problem as `file:line: field: what — fix`
 * and exits non-zero when there is any.
 *
 *   npm run check                       the project's binder, then the type check
 *   npm run check -- --content <dir>    another binder (a copy, a fork's overlay); no type check
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { checkBinderWithForm } from '../binder/binder-check-with-form.ts';
import { formatProblem } from '../binder/check-binder.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { content: { type: 'string' } } });
const contentDir = path.resolve(values.content ?? path.join(projectRoot, 'content'));

const started = performance.now();
const displayRoot = values.content ? process.cwd() : projectRoot;
const result = await checkBinderWithForm(contentDir, displayRoot);
const problems = result.problems;
for (const problem of problems) console.error(formatProblem(problem));
const seconds = ((performance.now() - started) / 1000).toFixed(2);

if (problems.length > 0) {
  const count = problems.length;
  console.error(`\n✗ ${count} problem${count === 1 ? '' : 's'} in ${result.fileCount} files (${seconds} s).`);
  process.exit(1);
}
console.log(`✓ binder: ${result.fileCount} files valid (${seconds} s)`);

if (values.content === undefined) {
  const typecheck = spawnSync('astro', ['check', '--minimumSeverity', 'warning'], { cwd: projectRoot, stdio: 'inherit', shell: false });
  if (typecheck.status !== 0) process.exit(typecheck.status ?? 1);
}
