/**
 * A translation of one entry into one language: its prose only (titles, summaries,
 * notes, step text, names; the MDX body beside it), never a number, unit, limit,
 * allergen or reference, so two languages can never disagree on one. Its schema is
 * derived from the entry's own (every `line()`/`paragraph()` field is prose), so a new
 * prose field is translatable the day it is added.
 *
 * Each translated object may carry `sources`: per prose field, the fingerprint of the
 * original text it translates (src/domain/translation/fingerprint.ts). `npm run
 * translations -- reviewed` and the editor write them; a fingerprint that no longer
 * matches the original says the translation is out of date.
 */
import { z } from 'astro/zod';
import { BINDER_COLLECTIONS } from './collections.ts';
import { patchKeyOf } from './keyed-list.ts';
import type { CollectionName } from './reference.ts';

/** Translations sit in `translations/<language>/<collection folder>/<slug>.<ext>` of content/ or of a layer. */
export const TRANSLATIONS_FOLDER = 'translations';

/** The field of a translated object that pins each of its prose fields to the original text. */
export const SOURCES_FIELD = 'sources';

/** The pinned fingerprint of an MDX body, in the root's `sources`. */
export const BODY_FIELD = 'body';

/** Eight hex characters: the fingerprint of a piece of original prose. */
export const FingerprintSchema = z.string().regex(/^[0-9a-f]{8}$/, {
  error: 'is not a fingerprint of the original text — leave `sources` to `npm run translations -- reviewed`, which writes them',
});

/**
 * Where the prose of an entry is, as plain data, so the domain code that applies a
 * translation walks the same tree the schema was derived from.
 */
export type ProseShape =
  | { readonly kind: 'prose'; readonly singleLine: boolean; readonly max: number | undefined }
  | { readonly kind: 'object'; readonly fields: Readonly<Record<string, ProseShape>> }
  | {
      readonly kind: 'list';
      readonly item: ProseShape;
      /** Fields naming an item by what it uses (`ingredient`, `recipe`): a translated item carries one and is matched by it. */
      readonly keys: readonly string[];
    };

/** A translation may run longer than the original: Spanish and Italian take a fifth to a half more letters. */
const LENGTH_ALLOWANCE = 1.5;

/** The prose of a schema, or undefined when it has none. */
export function proseShapeOf(schema: z.ZodType): ProseShape | undefined {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType>; element?: z.ZodType };
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
      return proseShapeOf(def.innerType!);
    case 'string': {
      const kind = z.globalRegistry.get(schema)?.['prose'];
      if (kind !== 'line' && kind !== 'paragraph') return undefined;
      const checks = (schema._zod.def as { checks?: Array<{ _zod: { def: { check: string; maximum?: number } } }> }).checks ?? [];
      const max = checks.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
      return { kind: 'prose', singleLine: kind === 'line', max };
    }
    case 'object': {
      const fields: Record<string, ProseShape> = {};
      for (const [name, field] of Object.entries(def.shape!)) {
        const shape = proseShapeOf(field);
        if (shape) fields[name] = shape;
      }
      return Object.keys(fields).length > 0 ? { kind: 'object', fields } : undefined;
    }
    case 'array': {
      const item = proseShapeOf(def.element!);
      if (!item) return undefined;
      const patchKey = patchKeyOf(schema) ?? [];
      // A key that is itself prose changes with the text: such items are matched by their pinned fingerprint instead.
      const keys = item.kind === 'object' ? patchKey.filter((key) => !(key in item.fields)) : [];
      return { kind: 'list', item, keys };
    }
    default:
      return undefined;
  }
}

const shapes = new Map<CollectionName, ProseShape & { kind: 'object' }>();

/** The prose of a collection's entries. */
export function collectionProseShape(collection: CollectionName): ProseShape & { kind: 'object' } {
  let shape = shapes.get(collection);
  if (!shape) {
    const derived = proseShapeOf(BINDER_COLLECTIONS[collection].schema);
    if (derived?.kind !== 'object') throw new Error(`the ${collection} schema has no prose to translate`);
    shape = derived;
    shapes.set(collection, shape);
  }
  return shape;
}

/** The zod schema of a translation of `original` (whose prose is `shape`); `extraSources` are pins of things beside the data (the body). */
function translationSchema(shape: ProseShape, original: z.ZodType, extraSources: readonly string[] = []): z.ZodType {
  switch (shape.kind) {
    case 'prose': {
      const max = shape.max === undefined ? undefined : Math.ceil(shape.max * LENGTH_ALLOWANCE);
      let text = z.string().min(1, { error: 'is empty — translate it, or remove the field to show the original' });
      if (max !== undefined) text = text.max(max, { error: `is longer than ${max} characters — shorten it` });
      if (shape.singleLine) text = text.regex(/^[^\n\r]*$/, { error: 'has a line break — keep it on one line' });
      return text;
    }
    case 'list': {
      const element = elementOf(original)!;
      const item = translationSchema(shape.item, element);
      if (shape.keys.length === 0) return z.array(item);
      const keyed = objectShapeOf(element)!;
      // The key first: a translator reads which line an item is before what it says.
      const keys = Object.fromEntries(shape.keys.map((key) => [key, keyed[key]!.optional()]));
      return z.array(z.strictObject({ ...keys, ...(item as z.ZodObject).shape }));
    }
    case 'object': {
      const originalFields = objectShapeOf(original)!;
      const fields: Record<string, z.ZodType> = {};
      const pins: Record<string, z.ZodType> = {};
      for (const [name, field] of Object.entries(shape.fields)) {
        fields[name] = translationSchema(field, originalFields[name]!).optional();
        if (field.kind === 'prose') pins[name] = FingerprintSchema.optional();
        if (field.kind === 'list' && field.item.kind === 'prose') pins[name] = z.array(FingerprintSchema.nullable()).optional();
      }
      for (const name of extraSources) pins[name] = FingerprintSchema.optional();
      if (Object.keys(pins).length > 0) fields[SOURCES_FIELD] = z.strictObject(pins).optional();
      return z.strictObject(fields);
    }
  }
}

function unwrap(schema: z.ZodType): z.ZodType {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  return def.type === 'optional' || def.type === 'nullable' || def.type === 'default' ? unwrap(def.innerType!) : schema;
}

function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = unwrap(schema)._zod.def as { type: string; element?: z.ZodType };
  return def.type === 'array' ? def.element : undefined;
}

function objectShapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, z.ZodType> };
  return def.type === 'object' ? def.shape : undefined;
}

const schemas = new Map<CollectionName, z.ZodType>();

/** The schema of a translation of one collection's entries (the frontmatter, for MDX). */
export function translationSchemaOf(collection: CollectionName): z.ZodType {
  let schema = schemas.get(collection);
  if (!schema) {
    const definition = BINDER_COLLECTIONS[collection];
    schema = translationSchema(collectionProseShape(collection), definition.schema, definition.format === 'mdx' ? [BODY_FIELD] : []);
    schemas.set(collection, schema);
  }
  return schema;
}

/** Where a translation of an entry lives, relative to content/ or a layer's folder. */
export function translationFilePath(language: string, collection: CollectionName, id: string): string {
  const { directory, format } = BINDER_COLLECTIONS[collection];
  return `${TRANSLATIONS_FOLDER}/${language}/${directory}/${id}.${format}`;
}

/**
 * The collection a translation file belongs to, from its path inside a layer
 * (`translations/es/recipes/pizza-dough.mdx` → recipes), when the path is one; its
 * extension must be the collection's.
 */
export function translatedCollectionOf(pathInLayer: string): CollectionName | undefined {
  const match = new RegExp(`^${TRANSLATIONS_FOLDER}/[a-z]{2,3}(?:-[a-z0-9]+)?/([^/]+)/[^/]+\\.(mdx|yaml)$`).exec(pathInLayer);
  if (!match) return undefined;
  const collection = (Object.keys(BINDER_COLLECTIONS) as CollectionName[]).find((name) => BINDER_COLLECTIONS[name].directory === match[1]);
  return collection !== undefined && BINDER_COLLECTIONS[collection].format === match[2] ? collection : undefined;
}

