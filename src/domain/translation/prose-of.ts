/**
 * The prose of an entry, following its shape: what a new translation starts from
 * (each text as it is, to translate in place) or, with `map`, each text turned into
 * another (the bench's pseudo-translations). Keyed lists keep only their items with
 * prose, each named by its key; lists matched by order keep every item.
 */
import type { ProseShape } from '../../schemas/translation.ts';

export function proseOf(shape: ProseShape, value: unknown, map: (text: string) => string = (text) => text): unknown {
  if (value === undefined) return undefined;
  if (shape.kind === 'prose') return map(value as string);
  if (shape.kind === 'list') {
    const items = (value as unknown[]).map((item) => {
      const prose = proseOf(shape.item, item, map);
      if (shape.keys.length === 0 || prose === undefined) return prose;
      const key = shape.keys.find((name) => (item as Record<string, unknown>)[name] !== undefined)!;
      return { [key]: (item as Record<string, unknown>)[key], ...(prose as object) };
    });
    return shape.keys.length > 0 ? items.filter((item) => item !== undefined && Object.keys(item as object).length > 1) : items.map((item) => item ?? {});
  }
  const result: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(shape.fields)) {
    const prose = proseOf(field, (value as Record<string, unknown>)[name], map);
    if (prose !== undefined && !isEmptyObject(prose)) result[name] = prose;
  }
  return result;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}
