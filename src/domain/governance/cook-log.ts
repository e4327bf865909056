/**
 * What an entry page says about the kitchens that cooked it: "Cooked in 3 kitchens,
 * latest Brooklyn Slice on 12 Nov 2026: adopt", whether the entry changed since the
 * revision every trial cooked, and each trial with what the kitchen did differently
 * as kitchen-diff lines. After Tandoor's cook log and Mealie's "I made this", with the
 * revision pinned, as Wikipedia's pending changes pin the reviewed revision.
 */
import { dateFormat } from '../number-format.ts';
import type { BinderEntries } from '../binder.ts';
import type { SchemaNode } from '../references.ts';
import type { Kitchen } from '../../schemas/kitchen.ts';
import type { Recipe } from '../../schemas/recipe.ts';
import type { CookLog, CookLogTrial } from '../../schemas/cook-log.ts';
import type { Trial } from '../../schemas/trial.ts';
import { applyPatch } from '../layers/apply-patch.ts';
import { describeChange, descriptionText } from '../kitchen-diff/describe-change.ts';
import type { ValueFormat } from '../kitchen-diff/format-values.ts';
import { recipeChanges } from '../kitchen-diff/recipe-changes.ts';
import { titlesOf } from '../kitchen-diff/titles.ts';
import { translatorFor } from '../../i18n/translate.ts';

export interface CookLogInput {
  readonly entry: string;
  /** The entry's revision now (see entry-revision.ts). */
  readonly revision: string;
  /** Trials of this entry, any order. */
  readonly trials: readonly Trial[];
  readonly kitchens: ReadonlyMap<string, Kitchen>;
  /** For adjustments: the binder now, the recipe schema and how to write values. */
  readonly entries: BinderEntries;
  readonly recipeSchema: SchemaNode;
  readonly format: ValueFormat;
}

export function cookLogOf(input: CookLogInput): CookLog {
  const trials = [...input.trials]
    .sort((a, b) => b.date.localeCompare(a.date))
    .map((trial): CookLogTrial => ({
      kitchen: trial.kitchen,
      kitchenName: input.kitchens.get(trial.kitchen)?.name ?? trial.kitchen,
      date: trial.date,
      outcome: trial.outcome,
      batches: trial.batches,
      current: trial.revision === input.revision,
      revision: trial.revision,
      proposal: trial.proposal,
      adjustments: adjustmentLines(trial, input),
      notes: trial.notes,
    }));
  const distinct = (list: readonly CookLogTrial[]) => new Set(list.map((trial) => trial.kitchen)).size;
  return {
    kitchens: distinct(trials),
    kitchensOnCurrent: distinct(trials.filter((trial) => trial.current)),
    trials,
    changedSinceCooked: trials.length > 0 && !trials.some((trial) => trial.current),
    revision: input.revision,
  };
}

/** A trial's adjustments applied to the recipe as it is now, described as the kitchen diff describes a change. */
function adjustmentLines(trial: Trial, input: CookLogInput): string[] {
  if (!trial.adjustments) return [];
  const [, id] = trial.entry.split('/') as [string, string];
  const recipe = input.entries.recipes.get(id);
  if (!recipe) return [];
  const adjusted = applyPatch(recipe as unknown as Record<string, unknown>, trial.adjustments as Record<string, unknown>, input.recipeSchema);
  const titleOf = titlesOf(input.entries, input.entries);
  const ingredientOf = (slug: string) => input.entries.ingredients.get(slug);
  const lines = recipeChanges(recipe, adjusted.data as unknown as Recipe, { titleOf, ingredientOf }).flatMap((change) =>
    describeChange(change, input.format).map((d) => descriptionText(d)),
  );
  // An adjustment that no longer fits the recipe (a line since removed) is still told, as the kitchen wrote it.
  for (const problem of adjusted.problems) lines.push(`${problem.path.join('.')}: ${problem.message}`);
  return lines;
}

/** "Cooked in 3 kitchens, latest Brooklyn Slice on Nov 12, 2026: adopt", in the locale's language and date format. */
export function cookLogHeadline(log: CookLog, locale: string): string {
  const t = translatorFor(locale);
  const latest = log.trials[0];
  if (!latest) return t('cookLog.none');
  const date = formatTrialDate(latest.date, locale);
  return t('cookLog.headline', { count: log.kitchens, kitchen: latest.kitchenName, date, outcome: t(`cookLog.outcome.${latest.outcome}`) });
}

/** A trial's YYYY-MM-DD as the binder's locale writes a date. */
export function formatTrialDate(date: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
