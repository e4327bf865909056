import { z } from 'astro/zod';
import { ALLERGEN_IDS } from '../domain/allergens.ts';

/** One of the fixed allergens (the EU's 14 and the US's 9, merged). */
export const AllergenSchema = z.enum(ALLERGEN_IDS);

/** A set of allergens, without repeats. */
export const AllergenListSchema = z.array(AllergenSchema).refine((ids) => new Set(ids).size === ids.length, {
  error: 'lists an allergen twice — remove the repeat',
});
