import { z } from 'astro/zod';
import { UnitSchema } from './quantity.ts';
import { referenceTo } from './reference.ts';

/**
 * How much of a prep item (a sub-recipe, or something bought ready) to have on hand
 * for a day: what the day uses (per cover, or per weekday), over the days one prep
 * must cover, plus a safety stock; made in whole batches. A restaurant sets its own
 * in its layer (a patch of `par`). The prep list (/prep/) works from it.
 */
export const ParSchema = z
  .strictObject({
    /** The unit the usage, stock and counts are in: `qt`, `kg`, `portion`, `each`. */
    unit: UnitSchema,
    /** What one cover uses, in `unit`: the par follows the day's expected covers. */
    perCover: z.number().positive().optional(),
    /** What each day uses, Monday first (7 numbers), in `unit`: the par follows the weekday. */
    perWeekday: z.array(z.number().nonnegative()).length(7, { error: 'needs 7 numbers, Monday first' }).optional(),
    /** Days of use one prep must cover (2: today's prep lasts today and tomorrow); never more than it keeps. */
    days: z.number().positive(),
    /** Kept on hand beyond the usage, in `unit`. */
    safetyStock: z.number().nonnegative().optional(),
    /** The smallest batch worth making, in `unit`. */
    minBatch: z.number().positive().optional(),
    /** Made in multiples of this, in `unit` (a 4 qt batch); for a recipe, its own batch when left out. */
    batch: z.number().positive().optional(),
    /** The station that preps it; for a recipe, its first station when left out. */
    station: referenceTo('stations').optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.perCover === undefined) === (value.perWeekday === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: value.perCover === undefined ? ['perCover'] : ['perWeekday'],
        message: value.perCover === undefined ? 'is missing — give `perCover:` (usage per cover) or `perWeekday:` (usage per day, Monday first)' : 'is given with `perWeekday` — keep one of the two',
      });
    }
  });

export type Par = z.infer<typeof ParSchema>;
