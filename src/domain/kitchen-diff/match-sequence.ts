import { diffArrays } from 'diff';

/** Items of two lists paired up: kept (maybe edited), removed from the first, added in the second. */
export interface SequenceMatch {
  /** Indexes of paired items, in the order of the second list. */
  readonly pairs: ReadonlyArray<{ readonly before: number; readonly after: number }>;
  readonly removed: readonly number[];
  readonly added: readonly number[];
  /** Pairs whose item changed place relative to the others (not just shifted by an insertion). */
  readonly moved: ReadonlyArray<{ readonly before: number; readonly after: number }>;
}

/**
 * Pairs the items of two lists that have no ids, such as method steps: identical
 * items in order first (jsdiff's `diffArrays`), then identical items that moved,
 * then the most similar remaining items (an edited step) when they are at least
 * `threshold` alike. What is left was removed or added.
 */
export function matchSequence(
  before: readonly string[],
  after: readonly string[],
  similarity: (a: string, b: string) => number,
  threshold = 0.5,
): SequenceMatch {
  const pairs: Array<{ before: number; after: number }> = [];
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());
  const pair = (b: number, a: number) => {
    pairs.push({ before: b, after: a });
    freeBefore.delete(b);
    freeAfter.delete(a);
  };

  let b = 0;
  let a = 0;
  for (const change of diffArrays([...before], [...after])) {
    const count = change.value.length;
    if (!change.added && !change.removed) for (let k = 0; k < count; k++) pair(b + k, a + k);
    if (!change.added) b += count;
    if (!change.removed) a += count;
  }

  for (const ai of [...freeAfter]) {
    const bi = [...freeBefore].find((i) => before[i] === after[ai]);
    if (bi !== undefined) pair(bi, ai);
  }

  const candidates: Array<{ before: number; after: number; score: number }> = [];
  for (const bi of freeBefore) {
    for (const ai of freeAfter) {
      const score = similarity(before[bi] as string, after[ai] as string);
      if (score >= threshold) candidates.push({ before: bi, after: ai, score });
    }
  }
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.before - x.after) - Math.abs(y.before - y.after));
  for (const c of candidates) if (freeBefore.has(c.before) && freeAfter.has(c.after)) pair(c.before, c.after);

  pairs.sort((x, y) => x.after - y.after);
  return { pairs, removed: [...freeBefore].sort((x, y) => x - y), added: [...freeAfter].sort((x, y) => x - y), moved: movedPairs(pairs) };
}

/**
 * The pairs outside the longest run that keeps its order: the fewest items that
 * must have moved to turn one order into the other.
 */
export function movedPairs<T extends { readonly before: number; readonly after: number }>(pairs: readonly T[]): T[] {
  const sorted = [...pairs].sort((x, y) => x.after - y.after);
  // Longest increasing subsequence of `before` indexes, O(n²): lists are a few dozen items.
  const length: number[] = [];
  const previous: number[] = [];
  sorted.forEach((p, i) => {
    length[i] = 1;
    previous[i] = -1;
    for (let j = 0; j < i; j++) {
      if ((sorted[j] as T).before < p.before && (length[j] as number) + 1 > (length[i] as number)) {
        length[i] = (length[j] as number) + 1;
        previous[i] = j;
      }
    }
  });
  let end = -1;
  length.forEach((l, i) => {
    if (end === -1 || l > (length[end] as number)) end = i;
  });
  const inOrder = new Set<number>();
  for (let i = end; i !== -1; i = previous[i] as number) inOrder.add(i);
  return sorted.filter((_, i) => !inOrder.has(i));
}
