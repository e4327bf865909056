/**
 * `npm run trial`: a kitchen reports that it cooked an entry (or carried out a
 * procedure). Writes one new file in the binder's trials/ folder; commit it as a
 * proposal like any change (the editor's "We cooked this" does the same).
 *
 *   npm run trial -- recipes/pizza-dough --kitchen brooklyn-slice --outcome adopt
 *   npm run trial -- recipes/pizza-dough --kitchen brooklyn-slice --outcome adjust --adjust fine-sea-salt=40g --notes "…"
 *   npm run trial -- recipes/margherita --kitchen harbour-lane --outcome adopt --proposal cms/recipes/margherita
 *
 * Prints the file written. Exit codes: 0 written, 1 refused (nothing written), 2 usage error.
 */
import path from 'node:path';
import { parseArguments, usageError as fail } from './arguments.ts';
import { reportTrial, TrialReportError } from '../governance/report-trial.ts';
import { UnknownRevisionError } from '../binder/revision-diff.ts';

const USAGE = `usage: npm run trial -- <collection>/<slug> --kitchen <id> --outcome adopt|adjust|reject [options]

  <collection>/<slug>   what was cooked: recipes/<slug> or procedures/<slug>
  --kitchen <id>        the kitchen that cooked it, as registered in content/kitchens/<id>.yaml
  --outcome             adopt (kept as written), adjust (kept with changes), reject (not fit to serve)
  --date YYYY-MM-DD     the day it was cooked (default: today)
  --batches <n>         how many of its batches were made (default: 1)
  --adjust <line>       an ingredient line cooked differently, like fine-sea-salt=40g (repeat for more)
  --notes "…"           what the cooks noticed
  --proposal <branch>   cooked as a proposal has it (a branch like cms/recipes/margherita), not as the binder is now
  --at <revision>       cooked as the binder was at an earlier git revision (a commit or tag)`;

function usageError(message: string): never {
  return fail(message, USAGE);
}

const parsed = parseArguments(
  {
    kitchen: { type: 'string' },
    outcome: { type: 'string' },
    date: { type: 'string' },
    batches: { type: 'string' },
    adjust: { type: 'string', multiple: true },
    notes: { type: 'string' },
    proposal: { type: 'string' },
    at: { type: 'string' },
  },
  USAGE,
);
const { values, positionals } = parsed;
if (positionals.length !== 1) usageError('give one entry, like recipes/pizza-dough');
if (!values.kitchen) usageError('say which kitchen cooked it: --kitchen <id>');
if (!values.outcome) usageError('say how it went: --outcome adopt, adjust or reject');
const batches = values.batches === undefined ? undefined : Number(values.batches);
if (batches !== undefined && !(batches > 0)) usageError(`--batches ${values.batches} is not a number of batches — give one like 1 or 0.5`);

try {
  const projectRoot = path.resolve(import.meta.dirname, '../..');
  const { file, trial } = await reportTrial(projectRoot, {
    entry: positionals[0]!,
    kitchen: values.kitchen,
    outcome: values.outcome,
    date: values.date,
    batches,
    notes: values.notes,
    proposal: values.proposal,
    at: values.at,
    adjust: values.adjust,
  });
  console.log(file);
  console.error(`Trial of ${trial.entry} at revision ${trial.revision} by ${trial.kitchen}: ${trial.outcome}. Commit it and propose it like any change.`);
} catch (error) {
  if (!(error instanceof TrialReportError) && !(error instanceof UnknownRevisionError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
