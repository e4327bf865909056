import { z } from 'astro/zod';
import { TemperatureSchema } from './temperature.ts';
import { paragraph } from './text.ts';

/** Where food is kept; each zone has a food-code temperature limit (see domain/food-code). */
export const StorageZoneSchema = z.enum(['refrigerated', 'frozen', 'dry', 'ambient', 'hot-holding']);

/** How an ingredient or a prepared recipe is stored. */
export const StorageSchema = z.strictObject({
  /** The storage zone. */
  zone: StorageZoneSchema,
  /** The temperature to keep it at: the most for cold zones, the least for hot holding. */
  temperature: TemperatureSchema.optional(),
  /** How long it keeps in this zone once opened or made, in hours (168 = 7 days). */
  shelfLifeHours: z.number().positive().optional(),
  /** Labelling, covering, stacking order and other storage practice. */
  notes: paragraph(300).optional(),
});

/** How a finished recipe is held for service. */
export const HoldingSchema = z.strictObject({
  /** Hot holding keeps food at or above its temperature, cold holding at or below. */
  method: z.enum(['hot', 'cold']),
  /** The holding temperature. */
  temperature: TemperatureSchema,
  /** The longest it may be held before it is discarded, in hours. */
  maxHours: z.number().positive().optional(),
});

export type Storage = z.infer<typeof StorageSchema>;
export type Holding = z.infer<typeof HoldingSchema>;
