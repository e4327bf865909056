/**
 * Baker's percentages: every ingredient of a dough as a share of its flour's weight
 * (flour = 100 %). A formula written this way scales by setting the flour weight.
 */
import { canConvert, convert } from '../units.ts';
import type { ScalableLine } from './scalable-recipe.ts';

/** Grams of a line, or null when it is "to taste" or has no way to a weight. */
export function lineGrams(line: ScalableLine): number | null {
  if (line.quantity === undefined || line.unit === undefined || !canConvert(line.unit, 'g', line)) return null;
  return convert(line.quantity, line.unit, 'g', line);
}

/** Total grams of the lines that are flour. */
export function flourGrams(lines: readonly ScalableLine[]): number {
  return lines.reduce((sum, line) => sum + (line.flour ? (lineGrams(line) ?? 0) : 0), 0);
}

/** Each line's baker's percentage, or null where a line has no weight (or the dough no flour). */
export function bakersPercentages(lines: readonly ScalableLine[]): Array<number | null> {
  const flour = flourGrams(lines);
  return lines.map((line) => {
    const grams = lineGrams(line);
    return flour > 0 && grams !== null ? (grams / flour) * 100 : null;
  });
}
