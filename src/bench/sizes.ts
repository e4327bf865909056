/**
 * `--sizes 100,1000`: how many entries each generated binder of the scale benchmark
 * has (issue #10). Pure: the option's text in, the sizes out, or an error saying what
 * to type instead.
 */
import { MIN_ENTRIES } from './generate/proportions.ts';

export class SizesError extends Error {
  override name = 'SizesError';
}

/** "100,1000" → [100, 1000]; "1_000" and "1,000" are not accepted (the comma separates sizes). */
export function parseSizes(text: string): number[] {
  const parts = text.split(',').map((part) => part.trim());
  const sizes = parts.map((part) => {
    const size = /^\d+$/.test(part) ? Number(part) : NaN;
    if (!Number.isSafeInteger(size) || size < MIN_ENTRIES) {
      throw new SizesError(`--sizes ${text}: "${part}" is not a whole number of entries of at least ${MIN_ENTRIES} — list them separated by commas, like --sizes 100,1000`);
    }
    return size;
  });
  if (new Set(sizes).size !== sizes.length) throw new SizesError(`--sizes ${text} lists a size twice — list each once, like --sizes 100,1000`);
  return sizes;
}
