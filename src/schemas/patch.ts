import { z } from 'astro/zod';
import { BINDER_COLLECTIONS } from './collections.ts';
import { patchKeyOf } from './keyed-list.ts';
import type { CollectionName } from './reference.ts';
import { line } from './text.ts';

/**
 * What a patch item in a keyed list may say besides the item's own fields:
 * `was` names the upstream item by the value its key had (a step's old text),
 * `remove` drops that item, `add` adds a new one, placed `after` the item named.
 */
export const PATCH_DIRECTIVES = ['was', 'remove', 'add', 'after'] as const;

/**
 * The schema of a local patch of one collection's entries, derived from the entry
 * schema so the two cannot drift: every field optional; a field given replaces the
 * upstream value (`null` removes an optional one), objects merge field by field, and
 * keyed lists (see keyed-list.ts) change only the items they name.
 */
export function patchSchemaOf(collection: CollectionName): z.ZodType {
  const cached = cache.get(collection);
  if (cached) return cached;
  const entry = BINDER_COLLECTIONS[collection].schema as unknown as z.ZodObject;
  const schema = z.strictObject({
    /** Why this restaurant differs here, in one line: shown on the page beside the change. */
    reason: line(160).optional(),
    ...patchShape(entry),
  });
  cache.set(collection, schema);
  return schema;
}

const cache = new Map<CollectionName, z.ZodType>();

function patchShape(object: z.ZodObject): Record<string, z.ZodType> {
  const shape: Record<string, z.ZodType> = {};
  for (const [name, field] of Object.entries(object.shape)) shape[name] = patchField(field as z.ZodType).nullable().optional();
  return shape;
}

function patchField(field: z.ZodType): z.ZodType {
  const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
  const key = patchKeyOf(inner);
  if (key && inner instanceof z.ZodArray) return z.array(patchItem(inner.element as z.ZodObject)).min(1, { error: 'is empty — name at least one item, or remove the field' });
  if (inner instanceof z.ZodObject) return z.strictObject(patchShape(inner));
  return inner;
}

/** An item of a keyed list in a patch: any of the item's fields, plus the directives. */
function patchItem(item: z.ZodObject): z.ZodType {
  return z.strictObject({
    ...patchShape(item),
    /** The upstream item's key as it was (a step's text), when this patch changes the key itself. */
    was: z.string().min(1).optional(),
    /** Drop the upstream item named. */
    remove: z.literal(true).optional(),
    /** Add this item, which upstream does not have. */
    add: z.literal(true).optional(),
    /** With `add`: the key of the item to place it after; left out, it goes last. */
    after: z.string().min(1).optional(),
  });
}
