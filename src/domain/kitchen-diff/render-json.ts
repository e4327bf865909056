import { menuChangeText } from './menu-text.ts';
import type { MenuChange } from './menu-changes.ts';
import type { LocatedProblem } from '../located-problem.ts';
import type { EntryDiff } from './model.ts';
import { problemLines, type DiffReport } from './report.ts';
import { summaryItems, type SummaryItem } from './summary.ts';
import { describeTranslationChange, englishLanguageName, type TranslationChange } from './translation-changes.ts';

/**
 * The kitchen diff for tools, version 1. Stable: fields are only ever added.
 *
 * - `format`, `version`: identify this shape.
 * - `base`, `head`: the revisions compared, as given.
 * - `valid`: the head passes every check; `problems`: what checkBinder found in the
 *   head, each with `text` as `file:line: field: what — fix`.
 * - `summary`: one item per change (`text` as `Entry — what: old → new`), allergens added first,
 *   with `prominence` (`alarm` = allergen added, `warning` = other allergen changes,
 *   `safety` = critical limits and storage/holding limits, `info`).
 * - `locale`, `currency`: how quantities and prices in `summary` are written.
 * - `entries`: every entry that differs: `collection`, `id`, `title`, `status`
 *   (`added`, `removed`, `changed`, `unreadable` with `unreadableIn`) and `changes`, each
 *   with a `kind` and a `path` (see `Change` in model.ts for every kind's fields).
 *   A field that is not set is left out of its object.
 * - `translations`: what the change does to the binder's translations, one item per
 *   piece of prose (`language`, `collection`, `id`, `title`, `path` like `steps.2.text`,
 *   `kind`: `stale`, `withheld`, `edited` with `words`, `added`, `reviewed`; `text` as
 *   "Spanish: step 3 of Pizza dough now out of date"); left out when there is none.
 * - `menu`: dishes whose plate cost, price or food cost the change moves (`id`, `name`,
 *   `before` and `after` with `price`, `plateCost` or `missing`, `foodCostPercent`,
 *   `targetPercent`, `overTarget`; `text` as "Margherita: +$0.12 a plate; food cost
 *   11.6% → 12.3% at $16.00"); left out when there is none.
 */
export interface KitchenDiffJson {
  readonly format: 'open-franchise/kitchen-diff';
  readonly version: 1;
  readonly base: string;
  readonly head: string;
  readonly valid: boolean;
  readonly problems: ReadonlyArray<LocatedProblem & { readonly text: string }>;
  readonly summary: readonly SummaryItem[];
  readonly locale: string;
  readonly currency: string;
  readonly entries: readonly EntryDiff[];
  readonly translations?: ReadonlyArray<TranslationChange & { readonly text: string }>;
  readonly menu?: ReadonlyArray<MenuChange & { readonly text: string }>;
}

/** The report as the documented JSON object. */
export function toJson(report: DiffReport): KitchenDiffJson {
  const texts = problemLines(report);
  return {
    format: 'open-franchise/kitchen-diff',
    version: 1,
    base: report.baseRef,
    head: report.headRef,
    valid: report.headProblems.length === 0,
    problems: report.headProblems.map((problem, i) => ({ ...problem, text: texts[i] as string })),
    summary: summaryItems(report.diff),
    locale: report.diff.locale,
    currency: report.diff.currency,
    entries: report.diff.entries,
    ...(report.diff.translations ? { translations: report.diff.translations.map((change) => ({ ...change, text: describeTranslationChange(change, englishLanguageName) })) } : {}),
    ...(report.diff.menu ? { menu: report.diff.menu.map((change) => ({ ...change, text: menuChangeText(change, report.diff) })) } : {}),
  };
}

/** The report as indented JSON text, ending with a newline. */
export function renderJson(report: DiffReport): string {
  return `${JSON.stringify(toJson(report), null, 2)}\n`;
}
