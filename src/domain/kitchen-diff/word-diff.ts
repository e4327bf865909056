import { diffWords } from 'diff';
import type { WordPart } from './model.ts';

/** A word-level diff of two texts (jsdiff's `diffWords`), as runs of same, removed and added words. */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((change) => ({
    op: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** How alike two texts are, from 0 (nothing shared) to 1 (the same), by the characters their common words cover. */
export function similarity(before: string, after: string): number {
  const total = before.length + after.length;
  if (total === 0) return 1;
  const same = wordDiff(before, after)
    .filter((part) => part.op === 'same')
    .reduce((sum, part) => sum + part.text.trim().length, 0);
  return (2 * same) / total;
}

/** Counts the words a diff adds and removes. */
export function countChangedWords(parts: readonly WordPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    const words = part.text.split(/\s+/).filter(Boolean).length;
    if (part.op === 'added') added += words;
    else if (part.op === 'removed') removed += words;
  }
  return { added, removed };
}

/**
 * Shortens the unchanged runs of a diff to `context` words either side of each
 * change, with "…" where words were left out, so a one-word edit in a long step
 * reads as a short phrase.
 */
export function elide(parts: readonly WordPart[], context = 4): WordPart[] {
  return parts.map((part, index) => {
    if (part.op !== 'same') return part;
    const words = part.text.match(/\s*\S+\s*/g) ?? []; // each word with the spaces around it
    const isFirst = index === 0;
    const isLast = index === parts.length - 1;
    if (isFirst && isLast) return part;
    const keep = isFirst || isLast ? context : context * 2;
    if (words.length <= keep + 1) return part;
    const head = words.slice(0, context).join('').trimEnd();
    const tail = words.slice(-context).join('').trimStart();
    const lead = /^\s/.test(part.text) ? ' ' : '';
    const trail = /\s$/.test(part.text) ? ' ' : '';
    if (isFirst) return { op: 'same', text: `…${tail}` };
    if (isLast) return { op: 'same', text: `${lead}${head.trimStart()}…` };
    return { op: 'same', text: `${lead}${head.trimStart()} … ${tail.trimEnd()}${trail}` };
  });
}

/** The two sides of a diff as short excerpts: "…back of a ladle, stopping…" and "…back of a spoon, stopping…". */
export function excerpts(parts: readonly WordPart[], context = 4): { before: string; after: string } {
  const short = elide(parts, context);
  const side = (skip: WordPart['op']) => {
    let text = '';
    let skipped = false;
    for (const part of short) {
      if (part.op === skip) {
        skipped = true;
        continue;
      }
      text = skipped ? joinAcross(text, part.text) : text + part.text;
      skipped = false;
    }
    return text.replace(/\s+/g, ' ').trim();
  };
  return { before: side('added'), after: side('removed') };
}

/**
 * Joins the text either side of a change that one side does not have. jsdiff leaves
 * the space around an inserted phrase in the unchanged text on one side or the other,
 * so without it "bench, then" reads "bench , then" and "tender frittata" "tenderfrittata".
 */
function joinAcross(left: string, right: string): string {
  if (/\s$/.test(left) && /^[,.;:!?)]/.test(right)) return left.trimEnd() + right;
  if (/\S$/.test(left) && /^[\p{L}\p{N}(@]/u.test(right)) return `${left} ${right}`;
  return left + right;
}

/** Whether a diff changes anything. */
export function hasChanges(parts: readonly WordPart[]): boolean {
  return parts.some((part) => part.op !== 'same');
}
