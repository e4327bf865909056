import type { SchemaNode } from '../src/domain/references.ts';

/**
 * The JSON Schema keywords the editor config is derived from: the subset of
 * zod's `toJSONSchema` output (see src/schemas/json-schema.ts) that decides a widget.
 */
export interface JsonSchemaNode extends SchemaNode {
  readonly properties?: Readonly<Record<string, JsonSchemaNode>>;
  readonly items?: JsonSchemaNode;
  readonly anyOf?: readonly JsonSchemaNode[];
  readonly required?: readonly string[];
  readonly enum?: readonly unknown[];
  readonly description?: string;
  readonly pattern?: string;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** The properties of an object node, in schema order, each with whether the schema requires it. */
export function propertiesOf(node: JsonSchemaNode): Array<{ name: string; node: JsonSchemaNode; required: boolean }> {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([name, child]) => ({ name, node: child, required: required.has(name) }));
}
