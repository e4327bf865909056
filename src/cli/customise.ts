/**
 * `npm run customise`: makes an upstream entry this restaurant's own, in its layer.
 *
 *   npm run customise -- recipes/margherita              a copy to edit (replaces upstream's)
 *   npm run customise -- recipes/margherita --patch      a patch: change a few fields, follow upstream for the rest
 *   npm run customise -- recipes/tiramisu --hide         off this restaurant's menu, not deleted
 *
 * Prints the path it wrote. Exit codes: 0 written, 1 refused (nothing written), 2 usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatProblem } from '../binder/check-binder.ts';
import { customise, CustomiseError } from '../forks/customise.ts';

const USAGE = `usage: npm run customise -- <collection>/<slug> [--patch [--reason "…"] | --hide]

  <collection>/<slug>   the entry, like recipes/margherita (collections: recipes, procedures, setup, ingredients, equipment, stations)
  (no option)           copy the entry into your layer, to edit freely; it replaces upstream's
  --patch               start an empty patch: change some fields, keep following upstream for the rest
  --reason              with --patch: why this restaurant differs, shown on the page
  --hide                leave the entry off this restaurant's menu (pages, search, allergen matrix)`;

function usageError(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const projectRoot = path.resolve(import.meta.dirname, '../..');
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { patch: { type: 'boolean' }, hide: { type: 'boolean' }, reason: { type: 'string' } } });
} catch (error) {
  usageError((error as Error).message);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) usageError('give one entry, like recipes/margherita');
if (values.patch && values.hide) usageError('--patch and --hide do not go together');
if (values.reason !== undefined && !values.patch) usageError('--reason goes with --patch');

try {
  const mode = values.hide ? 'hide' : values.patch ? 'patch' : 'replace';
  const result = await customise(projectRoot, positionals[0]!, mode, { reason: values.reason });
  console.log(result.file);
  if (result.check.problems.length > 0) {
    console.error(`\nThe binder now has ${result.check.problems.length} problem(s) to fix:`);
    for (const problem of result.check.problems) console.error(formatProblem(problem));
  }
} catch (error) {
  if (!(error instanceof CustomiseError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
