import { z } from 'astro/zod';
import { UNIT_IDS } from '../domain/units.ts';

/** A unit from the binder's unit table (g, kg, ml, l, tsp, cup, each, portion, …). */
export const UnitSchema = z.enum(UNIT_IDS);

/** An amount of something: a positive number and its unit. */
export const QuantitySchema = z.strictObject({
  /** How much, in `unit`. */
  quantity: z.number().positive({ error: 'must be more than zero' }),
  /** The unit of `quantity`. */
  unit: UnitSchema,
});

export type Quantity = z.infer<typeof QuantitySchema>;
