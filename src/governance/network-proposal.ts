/**
 * `npm run network -- --propose <collection>/<slug>`: turns what several restaurants
 * agree on into a proposal to this binder: each amount they agree to lower or raise is
 * set to this binder's amount moved by their median change, committed on a branch of
 * its own (in a private index: nothing checked out moves), crediting the restaurants
 * (`Co-authored-by:`) and naming their kitchens' trials of the entry.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { checkBinder } from '../binder/check-binder.ts';
import { commitFile } from '../binder/commit-file.ts';
import { entryText } from '../binder/entry-text.ts';
import { git, gitMaybe } from '../binder/git.ts';
import { diffRevisions } from '../binder/revision-diff.ts';
import type { DiffReport } from '../domain/kitchen-diff/report.ts';
import { titlesOf } from '../domain/kitchen-diff/titles.ts';
import { EntryPathSchema } from '../schemas/layer.ts';
import type { Recipe } from '../schemas/recipe.ts';
import type { NetworkRun } from './network.ts';

/** An agreement that cannot be proposed, with why. */
export class NetworkProposalError extends Error {
  override readonly name = 'NetworkProposalError';
}

export interface NetworkProposal {
  readonly branch: string;
  readonly commit: string;
  readonly message: string;
  readonly report: DiffReport;
}

export async function proposeAgreement(projectRoot: string, entry: string, run: NetworkRun, target: string): Promise<NetworkProposal> {
  if (!EntryPathSchema.safeParse(entry).success || !entry.startsWith('recipes/')) {
    throw new NetworkProposalError(`\`${entry}\` is not a recipe — agreements on amounts are proposed for recipes, as \`recipes/<slug>\``);
  }
  const agreements = run.report.agreements.filter((agreement) => agreement.entry === entry && (agreement.change.kind === 'lowered' || agreement.change.kind === 'raised'));
  if (agreements.length === 0) {
    const other = run.report.agreements.filter((agreement) => agreement.entry === entry).map((agreement) => agreement.text);
    throw new NetworkProposalError(`no two restaurants agree on an amount in \`${entry}\`${other.length > 0 ? ` (they agree: ${other.join('; ')} — propose that by hand)` : ''}`);
  }
  const id = entry.slice('recipes/'.length);
  const contentDir = path.join(projectRoot, 'content');
  const ours = await checkBinder(contentDir, projectRoot);
  const recipe = ours.entries.recipes.get(id);
  const absolute = ours.files.get(entry);
  if (!recipe || !absolute) throw new NetworkProposalError(`\`${entry}\` has problems here — run \`npm run check\` first`);
  const titleOf = titlesOf(ours.entries, ours.entries);

  const applied: string[] = [];
  const ingredients = recipe.ingredients.map((line) => {
    const name = line.ingredient ? titleOf('ingredients', line.ingredient) : titleOf('recipes', line.recipe!);
    const agreement = agreements.find((candidate) => candidate.change.line === name);
    if (!agreement || line.quantity === undefined || agreement.medianPercent === undefined) return line;
    const quantity = kitchenRound(line.quantity * (1 + agreement.medianPercent / 100));
    applied.push(`${agreement.text}: ${name} ${line.quantity} ${line.unit} → ${quantity} ${line.unit}`);
    return { ...line, quantity };
  });
  if (applied.length === 0) throw new NetworkProposalError(`the lines restaurants agree on are no longer in \`${entry}\` as this binder has it`);

  const agreeing = new Set(agreements.flatMap((agreement) => agreement.restaurants));
  const readings = run.readings.filter((reading) => agreeing.has(reading.name));
  const credits = [...new Set(readings.flatMap((reading) => (reading.author ? [reading.author] : [])))];
  const trials = readings.flatMap((reading) => (reading.trials ?? []).filter((trial) => trial.entry === entry).map((trial) => `${reading.name}: ${trial.kitchen} cooked it ${trial.date} (${trial.outcome}), ${trial.file}`));
  const message = [
    `${recipe.title}: as ${agreeing.size} restaurants make it`,
    '',
    ...applied,
    ...(trials.length > 0 ? ['', 'Their trials:', ...trials] : []),
    '',
    ...credits.map((author) => `Co-authored-by: ${author.replace(/[\r\n]+/g, ' ')}`),
  ].join('\n');

  const text = entryText(await loadCanonicalForm(), 'recipes', { ...recipe, ingredients } as Recipe as unknown as Record<string, unknown>, ours.bodies.get(entry));
  const file = path.relative(projectRoot, absolute).split(path.sep).join('/');
  const branch = `network-proposal/recipes/${id}`;
  if ((await gitMaybe(projectRoot, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}`])) !== undefined) {
    throw new NetworkProposalError(`the branch \`${branch}\` already exists — look at it with \`npm run diff -- ${target} ${branch}\`, or delete it (\`git branch -D ${branch}\`) to propose again`);
  }
  const parent = await git(projectRoot, ['rev-parse', '--verify', `refs/heads/${target}`]);
  const scratch = await mkdtemp(path.join(tmpdir(), 'network-proposal-'));
  try {
    const commit = await commitFile(projectRoot, scratch, parent, file, text, message);
    await git(projectRoot, ['update-ref', `refs/heads/${branch}`, commit]);
    const report = await diffRevisions({ repoDir: projectRoot, base: target, head: branch });
    return { branch, commit, message, report };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** An amount as a kitchen weighs it: whole units from 10 up, one decimal below. */
function kitchenRound(quantity: number): number {
  return quantity >= 10 ? Math.round(quantity) : Math.round(quantity * 10) / 10;
}
