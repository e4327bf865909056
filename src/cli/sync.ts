/**
 * `npm run sync`: pulls the binder this restaurant forked, and says what changed.
 *
 *   npm run sync                     fetch upstream, check the merged binder, report, merge
 *   npm run sync -- --dry-run        the report only; nothing is merged
 *   npm run sync -- --remote <name> --branch <name>   another remote or branch than upstream's
 *
 * Exit codes: 0 merged (or up to date, or any dry run: its report says whether a sync would merge), 1 not merged
 * (the report or the message says why; nothing was changed), 2 usage error.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { renderSyncReport } from '../domain/layers/sync-report.ts';
import { syncWithUpstream } from '../forks/sync.ts';
import { ForkCommandError } from '../forks/upstream-remote.ts';

const USAGE = `usage: npm run sync -- [--dry-run] [--remote <name>] [--branch <name>]

  --dry-run   print the report without merging
  --remote    the remote to pull from (default: upstream)
  --branch    its branch (default: this binder's publishing branch)`;

let parsed;
try {
  parsed = parseArgs({ options: { 'dry-run': { type: 'boolean' }, remote: { type: 'string' }, branch: { type: 'string' } } });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values } = parsed;
const projectRoot = path.resolve(import.meta.dirname, '../..');

try {
  const started = performance.now();
  const result = await syncWithUpstream(projectRoot, { dryRun: values['dry-run'] === true, remote: values.remote, branch: values.branch });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 'up-to-date') {
    console.log(`✓ already up to date with ${result.upstreamName} (${result.range})`);
    process.exit(0);
  }
  console.log(`Sync with ${result.upstreamName}: ${result.range}\n`);
  process.stdout.write(renderSyncReport(result.sections));
  const problems = result.sections.some((section) => section.heading.startsWith('Problems'));
  if (result.status === 'merged') console.log(`✓ merged ${result.upstreamName}'s changes (${result.commit!.slice(0, 7)}); the merged binder passes every check (${seconds} s)`);
  else if (result.status === 'dry-run') console.log(`(dry run: nothing was merged; ${problems ? 'a sync now would be refused until the problems above are fixed' : 'a sync now would merge cleanly'}; ${seconds} s)`);
  else {
    console.log(`✗ not merged: fix the problems above (those in upstream's own files that your layer does not cause are upstream's to fix: tell them), then sync again. Nothing was changed (${seconds} s).`);
    process.exit(1);
  }
} catch (error) {
  if (!(error instanceof ForkCommandError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exit(1);
}
