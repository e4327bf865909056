/**
 * Puts nested fields back in the schema's order before Decap writes the file.
 *
 * Why: Decap sorts only top-level fields; an optional nested field the cook fills in
 * (a step's timer, a line's preparation) is appended at the end of its object. The
 * binder keeps files in one canonical order (`npm run format`), so without this a
 * proposal from the editor would fail `npm run check` on field order alone.
 */
import type { DataPath } from './empty-values.ts';

/** The part of a Decap field definition that gives the order: names and nested fields. */
export interface OrderedField {
  readonly name: string;
  readonly fields?: readonly OrderedField[];
  readonly field?: OrderedField;
}

/** An object to rebuild with its keys in this order. */
export interface Reorder {
  /** Where the object is. */
  readonly path: DataPath;
  /** All its keys: the schema's first, then any unknown ones as they were. */
  readonly keys: readonly string[];
}

/**
 * Every nested object of `data` whose keys are out of the order of `fields`, outer
 * ones first; none for objects already in order (so unchanged entries stay
 * byte-identical). Unknown keys keep their place after the known ones.
 */
export function nestedReorders(data: unknown, fields: readonly OrderedField[]): Reorder[] {
  if (!isRecord(data)) return [];
  const moves: Reorder[] = [];
  for (const field of fields) visit(data[field.name], field, [field.name], moves);
  return moves;
}

function visit(value: unknown, field: OrderedField, path: DataPath, moves: Reorder[]): void {
  if (Array.isArray(value)) {
    // A list of objects (`fields`) or of one widget (`field`).
    value.forEach((item, index) => {
      if (field.fields) visitObject(item, field.fields, [...path, index], moves);
      else if (field.field) visit(item, field.field, [...path, index], moves);
    });
  } else if (field.fields) {
    visitObject(value, field.fields, path, moves);
  }
}

function visitObject(value: unknown, fields: readonly OrderedField[], path: DataPath, moves: Reorder[]): void {
  if (!isRecord(value)) return;
  const order = fields.map((f) => f.name);
  const known = Object.keys(value).filter((key) => order.includes(key));
  const wanted = order.filter((name) => name in value);
  if (known.join('\n') !== wanted.join('\n')) {
    const unknown = Object.keys(value).filter((key) => !order.includes(key));
    moves.push({ path, keys: [...wanted, ...unknown] });
  }
  for (const field of fields) visit(value[field.name], field, [...path, field.name], moves);
}

/** Applies reorders to plain data (for tests, and as the reference for the Immutable version). */
export function applyReorders<T>(data: T, reorders: readonly Reorder[]): T {
  const copy = structuredClone(data) as unknown;
  for (const { path, keys } of reorders) {
    const parent = path.slice(0, -1).reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], copy) as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    const object = parent[last] as Record<string, unknown>;
    parent[last] = Object.fromEntries(keys.map((key) => [key, object[key]]));
  }
  return copy as T;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
