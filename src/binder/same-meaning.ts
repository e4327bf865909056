/**
 * Does a rewritten file still say the same thing? Compares parsed data field by field
 * and MDX bodies node by node, so the formatter can refuse a rewrite that would
 * change a value (YAML 1 and YAML 2 read a few scalars differently) or how the notes render.
 */
import { isDeepStrictEqual } from 'node:util';
import { markdownToMdast, mdxToMdast } from 'satteri';

/** The site's parser and features (src/binder/body/render-body.ts): a body means what the page shows. */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** Where two parsed values first differ: a field path (`[]` for the whole value), or undefined when they are equal. */
export function firstDataDifference(before: unknown, after: unknown, path: ReadonlyArray<string | number> = []): Array<string | number> | undefined {
  if (Array.isArray(before) && Array.isArray(after)) {
    for (let index = 0; index < Math.max(before.length, after.length); index++) {
      if (index >= before.length || index >= after.length) return [...path, index];
      const difference = firstDataDifference(before[index], after[index], [...path, index]);
      if (difference) return difference;
    }
    return undefined;
  }
  if (isRecord(before) && isRecord(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (!Object.hasOwn(before, key) || !Object.hasOwn(after, key)) return [...path, key];
      const difference = firstDataDifference(before[key], after[key], [...path, key]);
      if (difference) return difference;
    }
    return undefined;
  }
  return isDeepStrictEqual(before, after) ? undefined : [...path];
}

/**
 * The line (1-based, within `before`) of the first block or inline node whose markdown
 * syntax tree differs between two bodies, as MDX reads them; undefined when they render alike.
 * Only the markdown source's presentation is ignored: bullet characters, emphasis
 * markers, blank lines between blocks.
 */
export function firstBodyDifference(before: string, after: string): number | undefined {
  // A body MDX cannot read fails the site build anyway: compare it as plain markdown.
  const asMdx = parseBody(before, true) !== undefined;
  const was = flatten(parseBody(before, asMdx)!);
  const parsed = parseBody(after, asMdx);
  if (!parsed) return 1;
  const now = flatten(parsed);
  for (let index = 0; index < Math.max(was.length, now.length); index++) {
    if (was[index]?.signature !== now[index]?.signature) return (was[index] ?? was.at(-1))?.line ?? 1;
  }
  return undefined;
}

interface MarkdownNode {
  readonly type: string;
  readonly children?: MarkdownNode[];
  readonly position?: { start: { line: number } };
  readonly [attribute: string]: unknown;
}

/** The body's syntax tree, or undefined when MDX cannot read it. */
function parseBody(body: string, mdx: boolean): MarkdownNode | undefined {
  try {
    return (mdx ? mdxToMdast : markdownToMdast)(body, { features: FEATURES }) as unknown as MarkdownNode;
  } catch {
    return undefined;
  }
}

/** Nodes in document order, each as its type and meaningful attributes. */
function flatten(node: MarkdownNode, out: Array<{ signature: string; line: number }> = []): Array<{ signature: string; line: number }> {
  const { children, position, ...attributes } = node;
  // `lang: null` (a fenced block without a language) and a missing `lang` (indented code) render alike.
  const signature = JSON.stringify(attributes, (key, value: unknown) => (key === 'position' || value === null ? undefined : value));
  out.push({ signature, line: position?.start.line ?? 1 });
  for (const child of children ?? []) flatten(child, out);
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
