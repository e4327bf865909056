import { z } from 'astro/zod';
import type { SchemaNode } from '../domain/references.ts';
import { BINDER_COLLECTIONS } from './collections.ts';
import type { CollectionName } from './reference.ts';

const cache = new Map<CollectionName, SchemaNode>();

/** A collection's schema as JSON Schema (with `reference` metadata), converted once per process. */
export function collectionJsonSchema(collection: CollectionName): SchemaNode {
  let schema = cache.get(collection);
  if (!schema) {
    schema = z.toJSONSchema(BINDER_COLLECTIONS[collection].schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode;
    cache.set(collection, schema);
  }
  return schema;
}

const bySchema = new Map<z.ZodType, SchemaNode>();

/** Any other schema (a governance record, the identity) as JSON Schema, converted once per process. */
export function jsonSchemaOf(schema: z.ZodType): SchemaNode {
  let node = bySchema.get(schema);
  if (!node) bySchema.set(schema, (node = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as SchemaNode));
  return node;
}
