/**
 * Applies a restaurant's patch to an upstream entry, as a strategic merge (after
 * Kustomize): fields given replace the upstream ones, `null` removes one, objects
 * merge field by field, and keyed lists change only the items the patch names, by
 * key and never by position. A patch that no longer fits the upstream entry (a line
 * or step upstream removed or reworded) is reported with its fix, never guessed at.
 */
import type { SchemaNode } from '../references.ts';

/** Where in the patch a problem is, what is wrong and how to fix it. */
export interface PatchProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
  readonly fix: string;
}

export interface PatchResult {
  /** The upstream entry with the patch applied. */
  readonly data: Record<string, unknown>;
  /** Patch items that did not apply; the rest of the patch still did. */
  readonly problems: PatchProblem[];
}

type Data = Record<string, unknown>;

/** The patch's own bookkeeping, not an entry field. */
const PATCH_ONLY_FIELDS = new Set(['reason']);

export function applyPatch(base: Data, patch: Data, schema: SchemaNode): PatchResult {
  const fields = Object.fromEntries(Object.entries(patch).filter(([name]) => !PATCH_ONLY_FIELDS.has(name)));
  return mergeFields(base, fields, schema);
}

/** The merge alone, for data that is not an entry patch (a layer's identity over the one below). */
export function mergeFields(base: Data, fields: Data, schema: SchemaNode): PatchResult {
  const problems: PatchProblem[] = [];
  return { data: mergeObject(base, fields, schema, [], problems), problems };
}

function mergeObject(base: Data, patch: Data, schema: SchemaNode | undefined, path: Array<string | number>, problems: PatchProblem[]): Data {
  const result: Data = { ...base };
  for (const [name, change] of Object.entries(patch)) {
    const node = objectNode(schema)?.properties?.[name];
    if (change === null) {
      delete result[name];
    } else if (node?.patchKey && Array.isArray(change)) {
      result[name] = mergeKeyedList(asList(base[name]), change, node, [...path, name], problems);
    } else if (isRecord(change) && isRecord(base[name])) {
      result[name] = mergeObject(base[name] as Data, change, node, [...path, name], problems);
    } else {
      result[name] = structuredClone(change);
    }
  }
  return result;
}

function mergeKeyedList(base: readonly unknown[], patchItems: readonly unknown[], node: SchemaNode, path: Array<string | number>, problems: PatchProblem[]): unknown[] {
  const key = node.patchKey ?? [];
  const items = base.map((item) => structuredClone(item));
  patchItems.forEach((raw, index): void => {
    if (!isRecord(raw)) return;
    const itemPath = [...path, index];
    const { was, remove, add, after, ...fields } = raw;
    const report = (message: string, fix: string, at: string | number | undefined = undefined): void => {
      problems.push({ path: at === undefined ? itemPath : [...itemPath, at], message, fix });
    };

    if (add === true) {
      if (was !== undefined || remove !== undefined) return report('both adds an item and names an upstream one', 'keep `add: true` with the new item’s fields, or remove `add` to change the upstream item');
      const named = keyOf(fields, key);
      if (named && findItems(items, named.value, key).length > 0) {
        return report(`adds ${describe(named)}, which upstream already has`, 'remove `add: true` to change the upstream item instead, or drop this item from the patch');
      }
      if (after === undefined) items.push(fields);
      else {
        const anchor = findItems(items, String(after), key);
        if (anchor.length !== 1) return report(`places the new item after \`${String(after)}\`, which ${anchor.length === 0 ? 'is no longer upstream' : 'names several items'}`, `set \`after\` to the ${key.join(' or ')} of an item upstream has now, or remove it to add the item last`, 'after');
        items.splice(anchor[0]! + 1, 0, fields);
      }
      return;
    }

    const named = was === undefined ? keyOf(fields, key) : { field: undefined, value: String(was) };
    if (!named) return report(`names no upstream item`, `give the item’s ${key.map((k) => `\`${k}\``).join(' or ')} (or \`was:\` with its upstream value), or \`add: true\` for a new item`);
    // Named by a key field, only that field matches (`ingredient: x` is not the `recipe: x` line); `was:` may be any.
    let matches = findItems(items, named.value, named.field === undefined ? key : [named.field]);
    if (matches.length > 1 && typeof fields['group'] === 'string') matches = matches.filter((i) => (items[i] as Data)['group'] === fields['group']);
    if (matches.length === 0) {
      return report(
        `${describe(named)} is no longer upstream: upstream removed or reworded it`,
        was === undefined
          ? `compare with the upstream entry: rename it here, add \`add: true\` to keep it as this restaurant’s own, or drop this item from the patch`
          : `compare with the upstream entry: set \`was:\` to the upstream text as it is now (and check your change still holds), or drop this item from the patch`,
        was === undefined ? named.field : 'was',
      );
    }
    if (matches.length > 1) return report(`${describe(named)} names ${matches.length} upstream items`, 'add `group:` to say which group’s item this is');
    const at = matches[0]!;
    if (remove === true) items.splice(at, 1);
    else items[at] = mergeObject(items[at] as Data, fields, node.items, itemPath, problems);
  });
  return items;
}

/** The key an item is named by: the first key field it has. */
function keyOf(item: Data, key: readonly string[]): { field: string | undefined; value: string } | undefined {
  for (const field of key) if (typeof item[field] === 'string') return { field, value: item[field] as string };
  return undefined;
}

/** Indices of the items whose key (any of the key fields) has this value. */
function findItems(items: readonly unknown[], value: string, key: readonly string[]): number[] {
  const found: number[] = [];
  items.forEach((item, index) => {
    if (isRecord(item) && key.some((field) => item[field] === value)) found.push(index);
  });
  return found;
}

function describe(named: { field: string | undefined; value: string }): string {
  const text = named.value.length > 60 ? `${named.value.slice(0, 57)}…` : named.value;
  return named.field && named.field !== 'text' ? `the item with ${named.field} \`${text}\`` : `the item “${text}”`;
}

function objectNode(node: SchemaNode | undefined): SchemaNode | undefined {
  if (!node) return undefined;
  if (node.properties) return node;
  return [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].find((branch) => branch.properties);
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
