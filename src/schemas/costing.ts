import { z } from 'astro/zod';

/**
 * How the franchise judges its costs, in its identity (a restaurant's layer may set its
 * own): the food cost it aims for, and how old a price may get before it is checked again.
 */
export const CostingSettingsSchema = z.strictObject({
  /** The food cost the franchise aims for: plate cost as a percentage of the menu price before tax (28 means 28 %). */
  targetFoodCostPercent: z.number().gt(0, { error: 'must be more than 0 %' }).lt(100, { error: 'must be under 100 % — a plate cannot cost more than its price' }),
  /** A price seen longer ago than this many days is a warning of `npm run check` (never an error): check it with the supplier. */
  priceMaxAgeDays: z.number().int().positive(),
});

export type CostingSettings = z.infer<typeof CostingSettingsSchema>;
