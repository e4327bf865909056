/**
 * Writes a kitchen's trial of an entry as one new file in the binder's own layer
 * (content/trials/ in the original): the revision cooked is computed from the binder
 * as it is now, or as a proposal has it. Nothing is written unless the trial passes
 * its schema and names a registered kitchen and an entry the binder (or proposal) has.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadCanonicalForm } from '../binder/canonical-form.ts';
import { checkBinder, type BinderCheck } from '../binder/check-binder.ts';
import { checkRevision } from '../binder/revision-diff.ts';
import { explainIssues } from '../binder/zod-issues.ts';
import { entryRevisionOf, entryRevisions } from '../domain/governance/entry-revision.ts';
import { orList, suggest } from '../domain/suggest.ts';
import { RECORD_FOLDERS } from '../schemas/records.ts';
import { TrialSchema, type Trial } from '../schemas/trial.ts';
import { jsonSchemaOf } from '../schemas/json-schema.ts';

/** A trial that cannot be reported as given, with what to do instead. */
export class TrialReportError extends Error {
  override readonly name = 'TrialReportError';
}

export interface TrialRequest {
  /** `recipes/pizza-dough`. */
  readonly entry: string;
  readonly kitchen: string;
  readonly outcome: string;
  /** YYYY-MM-DD; today when left out. */
  readonly date?: string | undefined;
  readonly batches?: number | undefined;
  readonly notes?: string | undefined;
  /** A proposal's branch whose version of the entry was cooked; recorded in the trial. */
  readonly proposal?: string | undefined;
  /** A git revision at which the entry was cooked (an earlier one); the binder on disk when neither this nor `proposal` is given. */
  readonly at?: string | undefined;
  /** Ingredient lines cooked differently: `fine-sea-salt=40 g`. */
  readonly adjust?: readonly string[] | undefined;
}

export interface ReportedTrial {
  /** The file written, relative to the project root. */
  readonly file: string;
  readonly trial: Trial;
}

export async function reportTrial(projectRoot: string, request: TrialRequest, today = new Date()): Promise<ReportedTrial> {
  const contentDir = path.join(projectRoot, 'content');
  const here = await checkBinder(contentDir, projectRoot);
  if (request.proposal !== undefined && request.at !== undefined) throw new TrialReportError('give either the proposal cooked or the revision it was cooked at, not both');
  const at = request.proposal ?? request.at;
  const cooked: BinderCheck = at === undefined ? here : await checkRevision(projectRoot, at);

  const kitchens = [...here.governance.kitchens.keys()];
  if (!here.governance.kitchens.has(request.kitchen)) {
    const guesses = suggest(request.kitchen, kitchens);
    throw new TrialReportError(
      `\`${request.kitchen}\` is not a registered kitchen — ${guesses.length > 0 ? `did you mean ${orList(guesses)}?` : kitchens.length > 0 ? `use one of ${orList(kitchens)}` : 'register it first'} (the register is content/kitchens/)`,
    );
  }
  const revision = entryRevisionOf(cooked, request.entry);
  if (revision === undefined) {
    const where = at === undefined ? 'this binder' : `\`${at}\``;
    const guesses = suggest(request.entry, [...entryRevisions(cooked).keys()]);
    const hint = guesses.length > 0 ? `did you mean ${orList(guesses)}?` : 'name it as `recipes/<slug>` or `procedures/<slug>`';
    throw new TrialReportError(`\`${request.entry}\` is not a recipe or procedure in ${where} (or it has problems: run \`npm run check\`) — ${hint}`);
  }

  const data = {
    entry: request.entry,
    revision,
    ...(request.proposal === undefined ? {} : { proposal: request.proposal }),
    kitchen: request.kitchen,
    date: request.date ?? today.toISOString().slice(0, 10),
    batches: request.batches ?? 1,
    outcome: request.outcome,
    ...(request.adjust && request.adjust.length > 0 ? { adjustments: { ingredients: request.adjust.map(adjustment) } } : {}),
    ...(request.notes === undefined ? {} : { notes: request.notes }),
  };
  const result = TrialSchema.safeParse(data);
  if (!result.success) {
    const issues = explainIssues(result.error.issues, data, jsonSchemaOf(TrialSchema));
    throw new TrialReportError(issues.map((issue) => `${issue.path.join('.')}: ${issue.message} — ${issue.fix}`).join('\n'));
  }

  const own = here.layers.at(-1)!;
  const folder = path.join(own.dir, RECORD_FOLDERS.trials.directory);
  const slug = request.entry.split('/')[1]!;
  const text = (await loadCanonicalForm()).yamlText(result.data as Record<string, unknown>, jsonSchemaOf(TrialSchema));
  await mkdir(folder, { recursive: true });
  // A second trial the same day gets the next number: a trial is never overwritten.
  for (let attempt = 1; ; attempt++) {
    const name = `${result.data.date}-${request.kitchen}-${slug}${attempt === 1 ? '' : `-${attempt}`}.yaml`;
    const file = path.join(folder, name);
    try {
      await writeFile(file, text, { flag: 'wx' });
      return { file: path.relative(projectRoot, file).split(path.sep).join('/'), trial: result.data };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 99) throw error;
    }
  }
}

/** `fine-sea-salt=40 g` → an ingredient line of the adjustment; `recipe:pizza-sauce=300 g` for a sub-recipe. */
function adjustment(text: string): Record<string, unknown> {
  const match = /^(?:(recipe):)?([a-z0-9-]+)=(\d+(?:\.\d+)?)\s*([a-zA-Z]+)$/.exec(text.trim());
  if (!match) {
    throw new TrialReportError(`\`${text}\` is not an adjustment — write \`<ingredient>=<quantity> <unit>\`, like \`fine-sea-salt=40 g\` (\`recipe:<slug>=…\` for a sub-recipe)`);
  }
  const [, sub, slug, quantity, unit] = match;
  return { [sub ? 'recipe' : 'ingredient']: slug, quantity: Number(quantity), unit };
}
