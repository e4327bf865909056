/**
 * An entry in another language: its data with each piece of prose replaced by its
 * translation where one may be shown, and a report of every piece. Numbers, units,
 * limits and references are never touched, so they stay the original's.
 *
 * A piece of prose is
 * - `current`: translated from the original as it stands (its pinned fingerprint matches);
 * - `stale`: translated from earlier words (the original changed since, or it was never pinned): shown, flagged;
 * - `missing`: not translated: the original is shown;
 * - `withheld`: translated, but its numbers or mentions disagree with the original's: the original is shown.
 *   When the translation is current that is the translator's error (a problem); when it is stale, upstream moved.
 *
 * List items are matched to the original's by what they use (`ingredient: flour-00`)
 * when the list has such a key; otherwise by the fingerprint they pinned (so reordering
 * upstream keeps each translation on its step), and the rest in order.
 */
import type { ProseShape } from '../../schemas/translation.ts';
import { proseFingerprint } from './fingerprint.ts';
import { disagreements } from './prose-guards.ts';

export type ProseState = 'current' | 'stale' | 'missing' | 'withheld';

export type FieldPath = ReadonlyArray<string | number>;

/** One piece of prose of the original, and what the translation made of it. */
export interface ProseReport {
  /** Where it is in the original entry: `['steps', 2, 'text']`. */
  readonly path: FieldPath;
  readonly state: ProseState;
  /** Why a translation was withheld. */
  readonly reason?: string;
}

/** Something wrong with a translation file, at a path in that file. */
export interface TranslationIssue {
  /** Where in the translation file. */
  readonly path: FieldPath;
  readonly message: string;
  readonly fix: string;
  /** A warning (upstream moved on) rather than an error (the translation says something the original does not). */
  readonly warning: boolean;
}

export interface LocalizedEntry<T> {
  readonly data: T;
  readonly prose: readonly ProseReport[];
  readonly issues: readonly TranslationIssue[];
}

const SOURCES = 'sources';

type Json = Record<string, unknown>;

export function localizeEntry<T>(shape: ProseShape & { kind: 'object' }, original: T, translation: Json | undefined): LocalizedEntry<T> {
  const prose: ProseReport[] = [];
  const issues: TranslationIssue[] = [];
  const data = localizeObject(shape, original as unknown as Json, translation ?? {}, [], [], prose, issues) as T;
  return { data, prose, issues };
}

/** One piece of prose: which text to show, and its report. */
export function localizeText(original: string, translated: string | undefined, pinned: string | undefined | null, path: FieldPath, translationPath: FieldPath) {
  if (translated === undefined) return { text: original, report: { path, state: 'missing' as const }, issue: undefined };
  const current = pinned === proseFingerprint(original);
  const disagree = disagreements(original, translated);
  if (disagree.length > 0) {
    const reason = disagree.join('; ');
    const issue: TranslationIssue = current
      ? { path: translationPath, message: `${reason}`, fix: 'keep every number as the original writes it (in digits) and every @mention of an ingredient line' , warning: false }
      : { path: translationPath, message: `is out of date and ${reason}, so the original is shown in its place`, fix: 'translate the original again, then run `npm run translations -- reviewed`', warning: true };
    return { text: original, report: { path, state: 'withheld' as const, reason }, issue };
  }
  return { text: translated, report: { path, state: current ? ('current' as const) : ('stale' as const) }, issue: undefined };
}

function localizeObject(shape: ProseShape & { kind: 'object' }, original: Json, translation: Json, path: FieldPath, translationPath: FieldPath, prose: ProseReport[], issues: TranslationIssue[]): Json {
  const result: Json = { ...original };
  const pins = (translation[SOURCES] ?? {}) as Record<string, unknown>;
  for (const [name, field] of Object.entries(shape.fields)) {
    const value = original[name];
    if (value === undefined) {
      if (translation[name] !== undefined) issues.push({ path: [...translationPath, name], message: 'translates a field the original does not have', fix: `remove \`${name}\` from the translation`, warning: true });
      continue;
    }
    const translated = translation[name];
    if (field.kind === 'prose') {
      const outcome = localizeText(value as string, translated as string | undefined, pins[name] as string | undefined, [...path, name], [...translationPath, name]);
      result[name] = outcome.text;
      prose.push(outcome.report);
      if (outcome.issue) issues.push(outcome.issue);
    } else if (field.kind === 'object') {
      result[name] = localizeObject(field, value as Json, (translated ?? {}) as Json, [...path, name], [...translationPath, name], prose, issues);
    } else {
      result[name] = localizeList(field, value as unknown[], (translated ?? []) as unknown[], pins[name] as Array<string | null> | undefined, [...path, name], [...translationPath, name], prose, issues);
    }
  }
  return result;
}

function localizeList(
  shape: ProseShape & { kind: 'list' },
  original: unknown[],
  translation: unknown[],
  listPins: Array<string | null> | undefined,
  path: FieldPath,
  translationPath: FieldPath,
  prose: ProseReport[],
  issues: TranslationIssue[],
): unknown[] {
  const match = matchItems(shape, original, translation, listPins, translationPath, issues);
  return original.map((item, index) => {
    const paired = match.get(index);
    const itemPath = [...path, index];
    if (shape.item.kind === 'prose') {
      const outcome = localizeText(item as string, paired?.item as string | undefined, paired ? listPins?.[paired.index] : undefined, itemPath, [...translationPath, paired?.index ?? index]);
      prose.push(outcome.report);
      if (outcome.issue) issues.push(outcome.issue);
      return outcome.text;
    }
    if (shape.item.kind === 'object') {
      return localizeObject(shape.item, item as Json, (paired?.item ?? {}) as Json, itemPath, [...translationPath, paired?.index ?? index], prose, issues);
    }
    return item;
  });
}

/** Original index → the translated item (and its index in the translation) that translates it. */
export function matchItems(
  shape: ProseShape & { kind: 'list' },
  original: unknown[],
  translation: unknown[],
  listPins: Array<string | null> | undefined,
  translationPath: FieldPath,
  issues: TranslationIssue[],
): Map<number, { item: unknown; index: number }> {
  const matched = new Map<number, { item: unknown; index: number }>();
  if (shape.keys.length > 0) {
    translation.forEach((item, index) => {
      const key = shape.keys.find((name) => (item as Json)[name] !== undefined);
      if (key === undefined) {
        issues.push({ path: [...translationPath, index], message: `names no ${shape.keys.join(' or ')}`, fix: `copy the \`${shape.keys[0]}:\` of the line it translates from the original`, warning: false });
        return;
      }
      const value = (item as Json)[key];
      const target = original.findIndex((candidate, at) => !matched.has(at) && (candidate as Json)[key] === value);
      if (target < 0) {
        issues.push({ path: [...translationPath, index, key], message: `\`${String(value)}\` is not in the original's list any more`, fix: 'remove this item from the translation', warning: true });
        return;
      }
      matched.set(target, { item, index });
    });
    return matched;
  }
  const fingerprints = original.map((item) => fingerprintsOf(shape.item, item));
  const pinsOf = (item: unknown, index: number): string[] =>
    shape.item.kind === 'prose' ? [listPins?.[index]].filter((pin): pin is string => typeof pin === 'string') : Object.values(((item as Json)[SOURCES] ?? {}) as Record<string, unknown>).filter((pin): pin is string => typeof pin === 'string');
  const unmatched: number[] = [];
  // First, each translated item to the original item whose words it pinned, wherever that item went.
  translation.forEach((item, index) => {
    const pins = pinsOf(item, index);
    const target = pins.length === 0 ? -1 : fingerprints.findIndex((prints, at) => !matched.has(at) && pins.some((pin) => prints.includes(pin)));
    if (target >= 0) matched.set(target, { item, index });
    else unmatched.push(index);
  });
  // The rest in order, into the original items still without a translation.
  const free = original.map((_, at) => at).filter((at) => !matched.has(at));
  unmatched.forEach((index, order) => {
    const target = free[order];
    if (target === undefined) {
      issues.push({ path: [...translationPath, index], message: `translates an item the original no longer has (it has ${original.length})`, fix: 'remove it, or translate the original list again', warning: true });
      return;
    }
    matched.set(target, { item: translation[index], index });
  });
  return matched;
}

function fingerprintsOf(shape: ProseShape, item: unknown): string[] {
  if (shape.kind === 'prose') return typeof item === 'string' ? [proseFingerprint(item)] : [];
  if (shape.kind !== 'object') return [];
  return Object.entries(shape.fields).flatMap(([name, field]) => {
    const value = (item as Json)[name];
    return field.kind === 'prose' && typeof value === 'string' ? [proseFingerprint(value)] : [];
  });
}

/** How far an entry is translated, from its prose reports. */
export interface TranslationSummary {
  readonly state: 'translated' | 'stale' | 'partial' | 'missing';
  readonly current: number;
  readonly stale: number;
  readonly missing: number;
  readonly withheld: number;
}

export function summarize(prose: readonly ProseReport[]): TranslationSummary {
  const count = (state: ProseState) => prose.filter((report) => report.state === state).length;
  const [current, stale, missing, withheld] = [count('current'), count('stale'), count('missing'), count('withheld')];
  const state = current + stale + withheld === 0 ? 'missing' : stale + withheld > 0 ? 'stale' : missing > 0 ? 'partial' : 'translated';
  return { state, current, stale, missing, withheld };
}
