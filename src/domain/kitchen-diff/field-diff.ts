import { deepEqual, isPlainObject } from './deep-equal.ts';
import type { FieldChange } from './model.ts';
import { matchSequence } from './match-sequence.ts';
import { hasChanges, similarity, wordDiff } from './word-diff.ts';

/**
 * Every difference between two values as field-path changes
 * (`storage.shelfLifeHours: 72 → 96`), walking into records and lists of records.
 * Fields in `skip` (top-level names) are left to a more specific diff. Values a cook
 * reads as one thing (a temperature, a quantity, a price, a list of names) are
 * compared whole, never split into their parts.
 */
export function diffFields(before: unknown, after: unknown, prefix = '', skip: ReadonlySet<string> = new Set()): FieldChange[] {
  const changes: FieldChange[] = [];
  walk(before, after, prefix, skip, changes);
  return changes;
}

function walk(before: unknown, after: unknown, path: string, skip: ReadonlySet<string>, out: FieldChange[]): void {
  if (deepEqual(before, after)) return;
  if (isPlainObject(before) && isPlainObject(after) && !isAtomic(before) && !isAtomic(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      if (skip.has(key)) continue;
      walk(before[key], after[key], join(path, key), new Set(), out);
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].some(isPlainObject)) {
    // Items of a list of records (setup tasks, equipment items) are paired like steps, so one
    // inserted task reads as one task added, not as every later task changed.
    const text = (item: unknown) => JSON.stringify(item) ?? '';
    const match = matchSequence(before.map(text), after.map(text), similarity);
    for (const i of match.removed) out.push(fieldChange(join(path, String(i)), before[i], undefined));
    for (const { before: b, after: a } of match.pairs) walk(before[b], after[a], join(path, String(a)), new Set(), out);
    for (const i of match.added) out.push(fieldChange(join(path, String(i)), undefined, after[i]));
    return;
  }
  out.push(fieldChange(path, before, after));
}

function fieldChange(path: string, before: unknown, after: unknown): FieldChange {
  if (isProse(before) && isProse(after)) {
    const words = wordDiff(before, after);
    if (hasChanges(words)) return { kind: 'field-changed', path, before, after, words };
  }
  return { kind: 'field-changed', path, before, after };
}

/** Text of several words, worth a word-level diff. */
function isProse(value: unknown): value is string {
  return typeof value === 'string' && /\S\s+\S/.test(value);
}

/** A temperature, a quantity or a price: shown as one value ("4 °C (39 °F)", "250 g", "$6.00 per 1 l"). */
export function isAtomic(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  const keys = Object.keys(value).sort().join(',');
  return keys === 'unit,value' || keys === 'quantity,unit' || keys === 'amount,per';
}

function join(prefix: string, key: string): string {
  return prefix ? `${prefix}.${key}` : key;
}
