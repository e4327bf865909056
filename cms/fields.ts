import { z } from 'astro/zod';
import type { CmsField, CmsFieldList, CmsFieldNumber, CmsFieldRelation, CmsFieldSelect } from 'decap-cms-core';
import { BINDER_COLLECTIONS } from '../src/schemas/collections.ts';
import { ImageSchema } from '../src/schemas/recipe.ts';
import type { CollectionName } from '../src/schemas/reference.ts';
import { RECORD_FOLDERS, type RecordFolder } from '../src/schemas/records.ts';
import { isMultiline, labelOf, singularOf, textRule } from './field-text.ts';
import { ENTRY_MEDIA_PREFIX, MEDIA_FOLDER } from './media.ts';
import { propertiesOf, type JsonSchemaNode } from './schema-node.ts';

/** A schema node the editor has no widget for: the config cannot be built until fields.ts maps it. */
export class UnmappableSchemaError extends Error {
  override name = 'UnmappableSchemaError';
  constructor(path: readonly string[], node: JsonSchemaNode) {
    super(
      `${path.join('.')}: has no editor widget for JSON Schema ${JSON.stringify(node).slice(0, 120)} — ` +
        'add a mapping for this kind of field in cms/fields.ts (or use a type the editor already maps)',
    );
  }
}

/** The path pattern of an image (`media/<name>.jpg`), taken from the schema so the two never disagree. */
const IMAGE_PATH_PATTERN = (z.toJSONSchema(ImageSchema.shape.src) as JsonSchemaNode).pattern;

/** zod writes `z.int()` bounds as ±2^53−1; they are no limit a cook needs to see. */
const UNBOUNDED = Number.MAX_SAFE_INTEGER;

/** Most parts of a list item its collapsed summary shows. */
const SUMMARY_PARTS = 3;

/**
 * The Decap fields of an object schema, in the schema's property order.
 *
 * A field is required when the schema requires it — except inside an optional
 * object (a recipe's `storage`): Decap validates an object's fields even when the
 * whole object is left empty, so there they are optional in the editor, and the
 * binder check on the proposal still refuses a half-filled object.
 */
export function editorFields(node: JsonSchemaNode, path: readonly string[] = [], insideOptional = false, mediaFolder = MEDIA_FOLDER): CmsField[] {
  return propertiesOf(node).map((property) =>
    editorField(property.name, property.node, property.required && !insideOptional, [...path, property.name], insideOptional, mediaFolder),
  );
}

/** `mediaFolder` is where uploaded images go: content/media, or a fork's own layer's media/. */
function editorField(name: string, node: JsonSchemaNode, required: boolean, path: readonly string[], insideOptional: boolean, mediaFolder: string): CmsField {
  const label = labelOf(name);
  const base = { name, label, required, ...(node.description !== undefined && { hint: node.description }) };

  // "This or nothing" (a patch's `null` removes a value): the editor offers the value, left empty for nothing.
  const nonNull = node.anyOf?.filter((branch) => branch.type !== 'null');
  if (node.anyOf && nonNull?.length === 1 && nonNull.length < node.anyOf.length) {
    return editorField(name, { ...nonNull[0]!, ...(node.description !== undefined && { description: node.description }) }, false, path, insideOptional, mediaFolder);
  }
  if (Array.isArray(node.type) && node.type.includes('null') && node.type.length === 2) {
    return editorField(name, { ...node, type: node.type.find((type: string) => type !== 'null') }, false, path, insideOptional, mediaFolder);
  }
  if (node.reference !== undefined) return { ...base, ...relationTo(node.reference) };
  if (node.type === 'array') return { ...base, ...listOf(label, node, path, mediaFolder) };
  if (node.type === 'object') {
    return {
      ...base,
      widget: 'object',
      collapsed: !required,
      fields: editorFields(node, path, insideOptional || !required, mediaFolder),
    };
  }
  if (node.enum !== undefined) return { ...base, widget: 'select', options: node.enum.map(String) };
  if (node.type === 'integer' || node.type === 'number') return { ...base, ...numberBounds(node) };
  if (node.type === 'boolean') return { ...base, widget: 'boolean' };
  if (node.type === 'string' && node.format === 'date') {
    // A day (a trial's date): Decap's date picker, today unless the cook says otherwise, stored as YYYY-MM-DD.
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, default: '{{now}}' } as CmsField;
  }
  if (node.type === 'string') {
    if (IMAGE_PATH_PATTERN !== undefined && node.pattern === IMAGE_PATH_PATTERN) {
      return { ...base, widget: 'image', media_folder: `/${mediaFolder}`, public_folder: ENTRY_MEDIA_PREFIX, choose_url: false };
    }
    const rule = textRule(node);
    return { ...base, widget: isMultiline(node) ? 'text' : 'string', ...(rule && { pattern: rule }) };
  }
  throw new UnmappableSchemaError(path, node);
}

/** A relation to another collection's entries, stored by slug, found and shown by title. */
function relationTo(collection: CollectionName | RecordFolder): CmsFieldRelation {
  const titleField = collection in RECORD_FOLDERS ? RECORD_FOLDERS[collection as RecordFolder].titleField : BINDER_COLLECTIONS[collection as CollectionName].titleField;
  return { widget: 'relation', collection, value_field: '{{slug}}', search_fields: [titleField], display_fields: [titleField] };
}

/** An array: several relations, a multiple select, or a list of items. */
function listOf(label: string, node: JsonSchemaNode, path: readonly string[], mediaFolder: string): CmsFieldList | CmsFieldRelation | CmsFieldSelect {
  const items = node.items;
  if (items === undefined) throw new UnmappableSchemaError(path, node);
  const bounds = {
    ...(node.minItems !== undefined && node.minItems > 0 && { min: node.minItems }),
    ...(node.maxItems !== undefined && { max: node.maxItems }),
  };
  if (items.reference !== undefined) return { ...relationTo(items.reference), multiple: true, ...bounds };
  if (items.enum !== undefined) return { widget: 'select', multiple: true, options: items.enum.map(String), ...bounds };
  const singular = singularOf(label);
  if (items.type === 'object') {
    const summary = summaryOf(items);
    return { widget: 'list', label_singular: singular, collapsed: true, ...(summary && { summary }), fields: editorFields(items, [...path, '*'], false, mediaFolder), ...bounds };
  }
  const field = editorField('item', items, true, [...path, '*'], false, mediaFolder);
  return { widget: 'list', label_singular: singular, field: { ...field, label: singular }, ...bounds };
}

/**
 * A collapsed list item's label: its amount when it has one, then its references and
 * required scalar fields ("1500 g flour-00", "Pizzaiolo 2"), else its first scalar
 * field; none leaves Decap's default. The amount comes first so a cook scanning the
 * collapsed ingredient list sees quantities, as on the recipe page.
 */
function summaryOf(items: JsonSchemaNode): string | undefined {
  const scalar = (node: JsonSchemaNode) => node.type !== 'object' && node.type !== 'array' && node.type !== 'boolean';
  const properties = propertiesOf(items).filter((p) => scalar(p.node));
  const amount = ['quantity', 'unit'].every((name) => properties.some((p) => p.name === name)) ? ['quantity', 'unit'] : [];
  const telling = properties.filter((p) => !amount.includes(p.name) && (p.node.reference !== undefined || p.required));
  const named = (telling.length > 0 ? telling : properties.filter((p) => !amount.includes(p.name)).slice(0, 1)).slice(0, SUMMARY_PARTS);
  const parts = [...amount, ...named.map((p) => p.name)];
  return parts.length > 0 ? parts.map((name) => `{{fields.${name}}}`).join(' ') : undefined;
}

/** A number field with the schema's bounds. */
function numberBounds(node: JsonSchemaNode): CmsFieldNumber {
  const isInt = node.type === 'integer';
  // Decap's bounds are inclusive: an exclusive 0 becomes 1 for whole numbers and 0 for
  // decimals (the binder check on the proposal still refuses a 0 there).
  const min = node.minimum ?? (node.exclusiveMinimum !== undefined ? node.exclusiveMinimum + (isInt ? 1 : 0) : undefined);
  const max = node.maximum ?? (node.exclusiveMaximum !== undefined ? node.exclusiveMaximum - (isInt ? 1 : 0) : undefined);
  return {
    widget: 'number',
    value_type: isInt ? 'int' : 'float',
    ...(min !== undefined && Math.abs(min) < UNBOUNDED && { min }),
    ...(max !== undefined && Math.abs(max) < UNBOUNDED && { max }),
  };
}
