import type { SchemaNode } from '../domain/references.ts';

/**
 * A copy of `value` whose object keys, at every depth, follow the order the schema
 * declares its properties in. Keys the schema does not name keep their relative order
 * after the named ones. Arrays keep their order; scalars are returned as they are.
 *
 * Decap sorts only the top-level keys by the collection's fields; a nested object keeps
 * the order it was read in. Sorting nested keys too gives every entry one canonical text.
 */
export function orderKeysLikeSchema(value: unknown, schema: SchemaNode | undefined): unknown {
  const branches = schema ? flatten(schema) : [];
  if (Array.isArray(value)) {
    const items = branches.flatMap((branch) => (branch.items ? [branch.items] : []));
    return value.map((item) => orderKeysLikeSchema(item, merged(items)));
  }
  if (!isPlainObject(value)) return value;
  const order: string[] = [];
  const children = new Map<string, SchemaNode[]>();
  for (const branch of branches) {
    for (const [key, child] of Object.entries(branch.properties ?? {})) {
      if (!children.has(key)) {
        order.push(key);
        children.set(key, []);
      }
      children.get(key)!.push(child);
    }
  }
  const keys = [...order.filter((key) => Object.hasOwn(value, key)), ...Object.keys(value).filter((key) => !children.has(key))];
  return Object.fromEntries(keys.map((key) => [key, orderKeysLikeSchema(value[key], merged(children.get(key) ?? []))]));
}

/** The top-level field order of a schema: the order Decap sorts an entry's keys by. */
export function fieldOrder(schema: SchemaNode): string[] {
  return [...new Set(flatten(schema).flatMap((branch) => Object.keys(branch.properties ?? {})))];
}

/** A node and every branch of its unions and intersections, depth first. */
function flatten(node: SchemaNode): SchemaNode[] {
  return [node, ...[...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])].flatMap(flatten)];
}

function merged(nodes: readonly SchemaNode[]): SchemaNode | undefined {
  if (nodes.length <= 1) return nodes[0];
  return { anyOf: nodes };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}
