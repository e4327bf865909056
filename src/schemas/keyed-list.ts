import { z } from 'astro/zod';

/**
 * A list whose items a local patch names by these fields (the first one an item has),
 * never by position, so a patch survives upstream reordering the list. Recorded as
 * schema metadata (`patchKey`), like references, so the patch schema, the merge and
 * the checker all find keyed lists from the schema.
 */
export function keyedList<T extends z.ZodType>(item: T, key: readonly [string, ...string[]]) {
  return z.array(item).meta({ patchKey: [...key] });
}

/** The fields a keyed list's items are named by in a patch, or undefined for a plain list. */
export function patchKeyOf(schema: z.ZodType): readonly string[] | undefined {
  const key = z.globalRegistry.get(schema)?.['patchKey'];
  return Array.isArray(key) ? (key as string[]) : undefined;
}
