import type { IngredientLine } from '../schemas/recipe.ts';

/** A run of a step's text: plain words, or a mention of an ingredient line (`@flour-00`). */
export type StepSegment = { readonly kind: 'text'; readonly text: string } | { readonly kind: 'mention'; readonly key: string };

/**
 * A mention is `@` and a slug, at the start or after a space or opening bracket,
 * so an e-mail address ("orders@supplier.com") is never mistaken for one.
 */
const MENTION = /(?<=^|[\s(["'])@([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** Splits step text into plain text and mentions, in order. */
export function parseStepText(text: string): StepSegment[] {
  const segments: StepSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(MENTION)) {
    const start = match.index;
    if (start > last) segments.push({ kind: 'text', text: text.slice(last, start) });
    segments.push({ kind: 'mention', key: match[1] as string });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/** The name a step uses to mention a line: its `mentionAs`, else its ingredient or recipe slug. */
export function mentionKey(line: IngredientLine): string {
  return line.mentionAs ?? line.ingredient ?? line.recipe ?? '';
}

/** Each mention key of a recipe with the indexes of the lines it could mean. */
export function mentionTargets(lines: readonly IngredientLine[]): Map<string, number[]> {
  const targets = new Map<string, number[]>();
  lines.forEach((line, index) => {
    const key = mentionKey(line);
    targets.set(key, [...(targets.get(key) ?? []), index]);
  });
  return targets;
}

export type MentionResolution =
  | { readonly kind: 'line'; readonly index: number }
  | { readonly kind: 'unknown' }
  | { readonly kind: 'ambiguous'; readonly indexes: readonly number[] };

/** Which ingredient line a mention names. */
export function resolveMention(key: string, targets: ReadonlyMap<string, readonly number[]>): MentionResolution {
  const indexes = targets.get(key);
  if (!indexes || indexes.length === 0) return { kind: 'unknown' };
  if (indexes.length > 1) return { kind: 'ambiguous', indexes };
  return { kind: 'line', index: indexes[0] as number };
}
