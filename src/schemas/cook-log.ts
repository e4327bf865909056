import { z } from 'astro/zod';
import { TrialOutcomeSchema } from './trial.ts';

/** One kitchen's trial as an entry page lists it: derived at build from content/trials/, never written by hand. */
export const CookLogTrialSchema = z.strictObject({
  /** The kitchen's id and name. */
  kitchen: z.string(),
  kitchenName: z.string(),
  /** YYYY-MM-DD. */
  date: z.string(),
  outcome: TrialOutcomeSchema,
  batches: z.number(),
  /** It cooked the entry as it is now; otherwise an earlier revision. */
  current: z.boolean(),
  /** The entry revision it cooked. */
  revision: z.string(),
  /** The proposal it cooked, if any. */
  proposal: z.string().optional(),
  /** What the kitchen did differently, as kitchen-diff lines: "Fine sea salt: 45 g → 40 g". */
  adjustments: z.array(z.string()),
  /** What the cooks noticed. */
  notes: z.string().optional(),
});

/**
 * Which kitchens cooked an entry, derived at build (src/domain/governance/cook-log.ts):
 * "Cooked in 3 kitchens, latest Brooklyn Slice on 12 Nov 2026: adopt".
 */
export const CookLogSchema = z.strictObject({
  /** Distinct kitchens that cooked any revision. */
  kitchens: z.int().nonnegative(),
  /** Distinct kitchens that cooked it as it is now. */
  kitchensOnCurrent: z.int().nonnegative(),
  /** The most recent first. */
  trials: z.array(CookLogTrialSchema),
  /** Its quantities, steps, times, temperatures, limits or allergens changed after the revision every trial cooked. */
  changedSinceCooked: z.boolean(),
  /** The entry's revision now, for "We cooked this". */
  revision: z.string(),
});

export type CookLog = z.infer<typeof CookLogSchema>;
export type CookLogTrial = z.infer<typeof CookLogTrialSchema>;
