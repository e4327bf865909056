/**
 * `npm run format`: rewrites every binder file into the exact form the Decap CMS
 * editor writes, so a proposal made in the editor shows only the lines it changed.
 * Files already in that form are not touched; a file that does not parse, or whose
 * rewrite would change what it says, is reported as `file:line: … — fix` and left alone.
 *
 *   npm run format                        rewrite content/
 *   npm run format -- --check             list the files not in canonical form; exit 1 if any
 *   npm run format -- --content <dir>     another binder
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { inspectCanonicalForm, notCanonicalProblem } from '../binder/canonical-files.ts';
import { formatProblem } from '../binder/check-binder.ts';
import { writeFileAtomically } from '../binder/write-atomically.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const { values } = parseArgs({ options: { content: { type: 'string' }, check: { type: 'boolean', default: false } } });
const contentDir = path.resolve(values.content ?? path.join(projectRoot, 'content'));

const verdicts = await inspectCanonicalForm(contentDir, values.content ? process.cwd() : projectRoot);
const refused = verdicts.flatMap((verdict) => (verdict.status === 'unreadable' || verdict.status === 'unsafe' ? verdict.problems : []));
const toRewrite = verdicts.filter((verdict) => verdict.status === 'reformat');
for (const problem of refused) console.error(formatProblem(problem));
const refusedFiles = new Set(refused.map((problem) => problem.file)).size;
const unformatted = refusedFiles > 0 ? `; ${refusedFiles} file${refusedFiles === 1 ? '' : 's'} left as they are (see above)` : '';

if (values.check) {
  for (const verdict of toRewrite) console.error(formatProblem(notCanonicalProblem(verdict.file, verdict.original, verdict.canonical)));
  const count = toRewrite.length;
  if (count > 0 || refusedFiles > 0) {
    console.error(`\n✗ ${count} of ${verdicts.length} files not in canonical form${unformatted}`);
    process.exit(1);
  }
  console.log(`✓ all ${verdicts.length} files in canonical form`);
} else {
  let formatted = 0;
  let changedMeanwhile = 0;
  for (const verdict of toRewrite) {
    // Someone (the dev server, an editor) may have saved the file since it was read.
    if ((await readFile(verdict.absolute, 'utf8')) !== verdict.original) {
      console.error(`${verdict.file}:1: changed while it was being formatted — run npm run format again`);
      changedMeanwhile++;
      continue;
    }
    await writeFileAtomically(verdict.absolute, verdict.canonical);
    console.log(`formatted ${verdict.file}`);
    formatted++;
  }
  console.log(`formatted ${formatted} of ${verdicts.length} files${unformatted}`);
  if (refusedFiles > 0 || changedMeanwhile > 0) process.exit(1);
}
