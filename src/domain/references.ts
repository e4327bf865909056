import type { CollectionName } from '../schemas/reference.ts';

/** One reference found in an entry: where it is and what it names. */
export interface FoundReference {
  readonly path: ReadonlyArray<string | number>;
  readonly collection: CollectionName;
  readonly id: string;
}

/** The parts of a JSON Schema node this walker reads (zod's `toJSONSchema` output). */
export interface SchemaNode {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
  readonly oneOf?: readonly SchemaNode[];
  readonly allOf?: readonly SchemaNode[];
  readonly reference?: CollectionName;
  /** On a keyed list: the fields a local patch names its items by (see src/schemas/keyed-list.ts). */
  readonly patchKey?: readonly string[];
}

/**
 * Walks an entry's data alongside its JSON Schema and returns every field the schema
 * marks as a reference (see `referenceTo`). Fields are found from the schema, so a
 * new reference field is checked, linked and offered in the CMS without being listed here.
 */
export function findReferences(schema: SchemaNode, data: unknown): FoundReference[] {
  const found = new Map<string, FoundReference>();
  walk(schema, data, [], found);
  return [...found.values()];
}

function walk(node: SchemaNode, value: unknown, path: Array<string | number>, found: Map<string, FoundReference>): void {
  if (node.reference !== undefined && typeof value === 'string') {
    found.set(path.join('\u0000'), { path: [...path], collection: node.reference, id: value });
    return;
  }
  for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) {
    walk(branch, value, path, found);
  }
  if (node.properties && isRecord(value)) {
    for (const [key, child] of Object.entries(node.properties)) {
      if (Object.hasOwn(value, key)) walk(child, value[key], [...path, key], found);
    }
  }
  if (node.items && Array.isArray(value)) {
    value.forEach((item, index) => walk(node.items as SchemaNode, item, [...path, index], found));
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
