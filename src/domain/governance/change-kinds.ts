/**
 * What kind of change a proposal makes, in the terms the governance rules speak
 * (see CHANGE_KINDS in src/schemas/governance.ts): read from the kitchen diff, so a
 * rule is about what the change does to the food, not about which file it touched.
 * Only the binder's own machinery (rules, register, workflows, code) is told by path.
 */
import type { BinderEntries } from '../binder.ts';
import type { CriticalLimit } from '../../schemas/critical-limit.ts';
import type { ChangeKind } from '../../schemas/governance.ts';
import type { Holding, Storage } from '../../schemas/storage.ts';
import type { Procedure } from '../../schemas/procedure.ts';
import type { Recipe } from '../../schemas/recipe.ts';
import { toCelsius } from '../temperature.ts';
import { describeChange, descriptionText } from '../kitchen-diff/describe-change.ts';
import { statusText } from '../kitchen-diff/summary.ts';
import type { Change, EntryDiff, KitchenDiff } from '../kitchen-diff/model.ts';
import { lineCostsAtOneBatch } from '../scaling/batch-cost.ts';

/** One change as the rules see it. */
export interface GovernedChange {
  readonly kind: ChangeKind;
  /** What it is in: `recipes/margherita`, or a file path for the binder's machinery. */
  readonly subject: string;
  /** As reviewers read it: "Marinara — ALLERGEN ADDED: Milk (from Unsalted butter via Pizza dough)". */
  readonly text: string;
  /** For `quantity-changed`: the size of the change, in percent of the amount before (100 for a line added or removed). */
  readonly percent?: number | undefined;
  /** For `cost-changed`: the change of a portion's cost, in the binder's currency (signed). */
  readonly perPortion?: number | undefined;
}

/** The files of a proposal outside the binder's entries, as `git diff --name-only` lists them. */
export interface MachineryPaths {
  /** Every path the proposal adds, changes or removes. */
  readonly changed: readonly string[];
  /** Trial files it adds (content/trials/… or a layer's trials/). */
  readonly trialsAdded?: readonly string[];
}

/** The two sides the diff compared, for what the diff's lines do not carry (a step's limit, a recipe's portions). */
export interface DiffSides {
  readonly base: BinderEntries;
  readonly head: BinderEntries;
}

/** Loud kinds are written in capitals, as the kitchen diff writes allergen alarms. */
const LOUD: ReadonlySet<ChangeKind> = new Set(['allergen-added', 'allergen-removed', 'may-contain-removed', 'critical-limit-weakened', 'temperature-lowered', 'time-lowered', 'food-safety-step-changed']);

/**
 * Every change of a kitchen diff with its kind, plus the cost of a portion wherever it
 * moved (through prices and sub-recipes too), plus the machinery files touched.
 */
export function classifyChanges(diff: KitchenDiff, sides: DiffSides, paths: MachineryPaths = { changed: [] }): GovernedChange[] {
  const governed: GovernedChange[] = [];
  for (const entry of diff.entries) {
    const subject = `${entry.collection}/${entry.id}`;
    const status = statusText(entry);
    if (entry.status === 'added' || entry.status === 'removed') {
      governed.push({ kind: entry.status === 'added' ? 'entry-added' : 'entry-removed', subject, text: `${entry.title} — ${status}` });
    } else if (entry.status === 'unreadable') {
      governed.push({ kind: 'data-changed', subject, text: `${entry.title} — ${status}` });
    }
    for (const change of entry.changes) {
      const kind = kindOf(change, entry, sides);
      if (kind === undefined) continue;
      for (const description of describeChange(change, diff)) {
        const text = descriptionText(description);
        governed.push({
          kind,
          subject,
          text: `${entry.title} — ${LOUD.has(kind) ? text.replace(/^[^:]*/, (label) => label.toUpperCase()) : text}`,
          ...(kind === 'quantity-changed' ? { percent: percentOf(change) } : {}),
        });
      }
    }
  }
  governed.push(...costChanges(diff, sides));
  governed.push(...machineryChanges(paths));
  return governed;
}

/** The kind of one kitchen-diff change, or undefined for one that is another's echo. */
function kindOf(change: Change, entry: EntryDiff, sides: DiffSides): ChangeKind | undefined {
  switch (change.kind) {
    case 'allergen-added':
      // A new recipe's allergens are listed, not raised: the entry itself is the change.
      return change.newEntry ? undefined : 'allergen-added';
    case 'allergen-removed':
      return change.list === 'mayContain' ? 'may-contain-removed' : 'allergen-removed';
    case 'critical-limit':
      if (change.before === undefined) return 'method-changed';
      return change.after === undefined || limitWeakened(change.before, change.after) ? 'critical-limit-weakened' : 'method-changed';
    case 'corrective-action':
      return 'food-safety-step-changed';
    case 'step-removed':
    case 'step-reworded':
    case 'step-moved': {
      const side = change.kind === 'step-removed' ? sides.base : sides.head;
      const index = change.kind === 'step-moved' ? change.to - 1 : change.number - 1;
      if (change.kind !== 'step-moved' && isFoodSafetyStep(entry, side, index)) return 'food-safety-step-changed';
      return 'method-changed';
    }
    case 'step-added':
      return 'method-changed';
    case 'step-record':
      return change.before && !change.after ? 'food-safety-step-changed' : 'method-changed';
    case 'step-timer':
      return change.before !== undefined && (change.after === undefined || change.after < change.before) ? 'time-lowered' : 'method-changed';
    case 'step-temperature':
      return change.before !== undefined && (change.after === undefined || toCelsius(change.after) < toCelsius(change.before)) ? 'temperature-lowered' : 'method-changed';
    case 'line-added':
    case 'line-removed':
      return 'quantity-changed';
    case 'line-changed':
      return change.quantity ? 'quantity-changed' : 'method-changed';
    case 'line-moved':
    case 'yield-changed':
      return 'method-changed';
    case 'diet-added':
    case 'diet-removed':
      return 'data-changed';
    case 'body-changed':
      return 'prose';
    case 'field-changed':
      return fieldKind(change.path, change.words !== undefined, entry, sides);
  }
}

/** A step whose wording decides food safety: it has a limit or a log reading, or it belongs to a food-safety procedure. */
function isFoodSafetyStep(entry: EntryDiff, side: BinderEntries, index: number): boolean {
  if (entry.collection === 'procedures') {
    const procedure = side.procedures.get(entry.id) as Procedure | undefined;
    const step = procedure?.steps[index];
    return procedure?.kind === 'food-safety' || step?.criticalLimit !== undefined || step?.record === true;
  }
  if (entry.collection === 'recipes') return (side.recipes.get(entry.id) as Recipe | undefined)?.steps[index]?.criticalLimit !== undefined;
  return false;
}

const TIME_FIELDS = /^(?:prepMinutes|cookMinutes|restMinutes|minutes)$/;

function fieldKind(path: string, prose: boolean, entry: EntryDiff, sides: DiffSides): ChangeKind {
  const [field] = path.split('.') as [string];
  const collection = entry.collection;
  if ((field === 'storage' || field === 'holding') && collection !== 'site') {
    const of = (side: BinderEntries) => (side[collection].get(entry.id) as Record<string, unknown> | undefined)?.[field] as Storage | Holding | undefined;
    return path.endsWith('.notes') ? 'prose' : keptLessSafely(of(sides.base), of(sides.head)) ? 'critical-limit-weakened' : 'data-changed';
  }
  if (collection === 'recipes' && TIME_FIELDS.test(path)) return 'method-changed';
  if (field === 'cost') return 'data-changed'; // its effect on portions is judged as cost-changed
  return prose ? 'prose' : 'data-changed';
}

/**
 * Storage or holding that keeps food less safely: another zone or method, a cold zone
 * warmer, hot holding cooler, a longer shelf life or holding time, a limit dropped.
 */
function keptLessSafely(before: Storage | Holding | undefined, after: Storage | Holding | undefined): boolean {
  if (before === undefined) return false;
  if (after === undefined) return true;
  const zoneOf = (s: Storage | Holding) => ('zone' in s ? s.zone : s.method === 'hot' ? 'hot-holding' : 'refrigerated');
  if (zoneOf(before) !== zoneOf(after)) return true;
  const hot = zoneOf(after) === 'hot-holding';
  if (before.temperature && after.temperature) {
    const [was, is] = [toCelsius(before.temperature), toCelsius(after.temperature)];
    if (hot ? is < was - SAME_READING : is > was + SAME_READING) return true;
  } else if (before.temperature) return true;
  const hours = (s: Storage | Holding) => ('zone' in s ? s.shelfLifeHours : s.maxHours);
  const [wasHours, isHours] = [hours(before), hours(after)];
  return wasHours !== undefined && (isHours === undefined || isHours > wasHours);
}

/** A critical limit made less strict: another measure or comparison, a looser value, a shorter hold, a longer time to reach it. */
export function limitWeakened(before: CriticalLimit, after: CriticalLimit): boolean {
  if (before.measure !== after.measure || before.comparison !== after.comparison) return true;
  const [was, is] = [inCommonUnit(before), inCommonUnit(after)];
  if (was === undefined || is === undefined) return true;
  if (before.comparison === 'at-least' ? is < was - SAME_READING : is > was + SAME_READING) return true;
  if (before.forSeconds !== undefined && (after.forSeconds === undefined || after.forSeconds < before.forSeconds)) return true;
  if (after.withinMinutes !== undefined && (before.withinMinutes === undefined || after.withinMinutes > before.withinMinutes)) return true;
  return false;
}

/** Food codes pair 74 °C with 165 °F (73.9 °C): a limit restated in the other scale is the same limit. */
const SAME_READING = 0.5;

function inCommonUnit(limit: CriticalLimit): number | undefined {
  switch (limit.unit) {
    case 'C':
    case 'F':
      return toCelsius({ value: limit.value, unit: limit.unit });
    case 'hours':
      return limit.value * 60;
    default:
      return limit.value;
  }
}

function percentOf(change: Change): number {
  if (change.kind === 'line-changed') return change.quantity?.percent === undefined ? 100 : Math.abs(change.quantity.percent);
  return 100;
}

/** Recipes on both sides whose cost per portion moved, by a change to them, a sub-recipe or a price. */
function costChanges(diff: KitchenDiff, { base, head }: DiffSides): GovernedChange[] {
  const changes: GovernedChange[] = [];
  const money = new Intl.NumberFormat(diff.locale, { style: 'currency', currency: diff.currency, signDisplay: 'always', maximumFractionDigits: 4 });
  for (const [id, after] of head.recipes) {
    const before = base.recipes.get(id);
    if (!before) continue;
    const [was, is] = [portionCost(before, base), portionCost(after, head)];
    const delta = Number.parseFloat((is - was).toPrecision(10));
    if (Math.abs(delta) < 0.00005) continue;
    changes.push({ kind: 'cost-changed', subject: `recipes/${id}`, text: `${after.title} — cost per portion: ${money.format(delta)}`, perPortion: delta });
  }
  return changes;
}

function portionCost(recipe: Recipe, entries: BinderEntries): number {
  const total = lineCostsAtOneBatch(recipe, entries).costs.reduce((sum, cost) => sum + cost, 0);
  return total / (recipe.yield.portions ?? 1);
}

/** Where the binder's machinery lives: these are judged by path, since no kitchen diff describes them. */
const MACHINERY: ReadonlyArray<{ readonly pattern: RegExp; readonly kind: ChangeKind; readonly what: string }> = [
  { pattern: /^content\/governance\.yaml$/, kind: 'rules-changed', what: 'the governance rules' },
  { pattern: /^(?:content|layers\/[^/]+)\/kitchens\//, kind: 'register-changed', what: 'the register of kitchens' },
  { pattern: /^(?:content\/)?LICEN[CS]E/, kind: 'rules-changed', what: 'the licence' },
  { pattern: /^(?:content|layers\/[^/]+)\/trials\//, kind: 'data-changed', what: 'a trial already reported (trials are never edited: report a new one)' },
  // Entry files, patches, the identity and layer manifests: the kitchen diff above describes them.
  { pattern: /^(?:content|layers\/[^/]+)\/(?:(?:recipes|procedures|setup|ingredients|equipment|stations|patches)\/|site\.yaml$|layer\.yaml$)/, kind: 'data-changed', what: '' },
  { pattern: /^(?:content|layers)\//, kind: 'data-changed', what: 'a binder file' },
  { pattern: /^(?:docs\/|[^/]+\.md$)/, kind: 'prose', what: 'documentation' },
  { pattern: /./, kind: 'workflow-changed', what: 'the code, workflows or configuration' },
];

function machineryChanges(paths: MachineryPaths): GovernedChange[] {
  const trials = new Set(paths.trialsAdded ?? []);
  const changes: GovernedChange[] = [];
  for (const file of paths.changed) {
    if (trials.has(file)) {
      changes.push({ kind: 'trial-reported', subject: file, text: `Trial reported: ${file}` });
      continue;
    }
    const match = MACHINERY.find((candidate) => candidate.pattern.test(file))!;
    // Entry files are described by the kitchen diff above.
    if (match.what === '') continue;
    changes.push({ kind: match.kind, subject: file, text: `${match.what[0]!.toUpperCase()}${match.what.slice(1)} changed: ${file}` });
  }
  return changes;
}
