import type { CollectionName } from '../../schemas/reference.ts';

/**
 * The sample binder's mix of entries (content/ has 25 recipes, 15 procedures, 6 setup
 * guides, 49 ingredients, 25 pieces of equipment, 7 stations and 16 menu items: 143 in
 * all), which a
 * generated binder of any size keeps.
 */
export const SAMPLE_MIX: Readonly<Record<CollectionName, number>> = {
  recipes: 25,
  procedures: 15,
  setup: 6,
  ingredients: 49,
  equipment: 25,
  stations: 7,
  menu: 16,
};

/** Share of recipes that are components (made first and used inside others): 10 of 25. */
export const COMPONENT_SHARE = 0.4;

/** The smallest binder the generator makes: enough for every collection and a sub-recipe chain. */
export const MIN_ENTRIES = 30;

/**
 * How many entries of each collection a binder of `total` entries has, in the sample's
 * proportions (largest remainder, so they add up to `total` exactly).
 */
export function entryCounts(total: number): Record<CollectionName, number> {
  if (!Number.isInteger(total) || total < MIN_ENTRIES) throw new RangeError(`--entries must be a whole number of at least ${MIN_ENTRIES}`);
  const sampleTotal = Object.values(SAMPLE_MIX).reduce((sum, n) => sum + n, 0);
  const names = Object.keys(SAMPLE_MIX) as CollectionName[];
  const exact = names.map((name) => (total * SAMPLE_MIX[name]) / sampleTotal);
  const counts = exact.map((value) => Math.max(1, Math.floor(value)));
  let missing = total - counts.reduce((sum, n) => sum + n, 0);
  const byRemainder = names.map((_, index) => index).sort((a, b) => exact[b]! - Math.floor(exact[b]!) - (exact[a]! - Math.floor(exact[a]!)) || a - b);
  for (let i = 0; missing > 0; i = (i + 1) % names.length, missing--) counts[byRemainder[i]!]!++;
  for (let i = 0; missing < 0; i = (i + 1) % names.length) {
    const index = byRemainder[names.length - 1 - i]!;
    if (counts[index]! > 1) {
      counts[index]!--;
      missing++;
    }
  }
  return Object.fromEntries(names.map((name, index) => [name, counts[index]!])) as Record<CollectionName, number>;
}
