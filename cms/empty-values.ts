/** A path into entry data: object keys and list indexes. */
export type DataPath = Array<string | number>;

/**
 * The paths of every empty value in entry data (`''`, `null`, `[]`, `{}`, and lists or
 * objects holding only empties), in an order that can be deleted one after another:
 * list items last-first, so removing one never shifts the index of the next.
 *
 * Why: Decap writes a field the cook cleared as `''` or `{}`, which the binder's
 * strict schemas refuse ("is empty — remove the field"); an empty optional field
 * must simply be absent. The top-level object itself is never reported.
 */
export function emptyValuePaths(data: unknown): DataPath[] {
  return isRecord(data) || Array.isArray(data) ? childPaths(data, []) : [];
}

function childPaths(container: Record<string, unknown> | unknown[], path: DataPath): DataPath[] {
  const entries: Array<[string | number, unknown]> = Array.isArray(container)
    ? container.map((value, index) => [index, value] as [number, unknown]).reverse()
    : Object.entries(container);
  const paths: DataPath[] = [];
  for (const [key, value] of entries) {
    if (isEmpty(value)) paths.push([...path, key]);
    else if (isRecord(value) || Array.isArray(value)) paths.push(...childPaths(value, [...path, key]));
  }
  return paths;
}

function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.every(isEmpty);
  if (isRecord(value)) return Object.values(value).every(isEmpty);
  return false;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
