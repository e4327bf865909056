import { z } from 'astro/zod';
import { QuantitySchema } from './quantity.ts';
import { referencesTo } from './reference.ts';
import { TemperatureSchema } from './temperature.ts';
import { line, paragraph } from './text.ts';

/** Kind of equipment. */
export const EquipmentCategorySchema = z.enum([
  'cooking',
  'refrigeration',
  'preparation',
  'warewashing',
  'beverage',
  'smallwares',
  'safety',
  'cleaning',
]);

export const EquipmentSchema = z.strictObject({
  /** Name as staff say it: "Deck pizza oven". */
  name: line(80),
  /** Kind of equipment. */
  category: EquipmentCategorySchema,
  /** What one load holds (a 20 l mixer bowl, 6 pizzas in the oven); batches larger than this are split. */
  capacity: QuantitySchema.optional(),
  /** The working temperature range, when it heats or cools. */
  temperatureRange: z
    .strictObject({
      /** Lowest working temperature. */
      min: TemperatureSchema,
      /** Highest working temperature. */
      max: TemperatureSchema,
    })
    .optional(),
  /** Power, gas, water and drainage it needs: "230 V, 16 A", "natural gas, 15 kW". */
  utilities: line(160).optional(),
  /** What to buy: size, standard, certification (NSF/ANSI, CE). */
  specification: paragraph(400).optional(),
  /** Procedures that clean or maintain it, by slug. */
  procedures: referencesTo('procedures').optional(),
  /** Safe-use notes. */
  notes: paragraph(600).optional(),
});

export type Equipment = z.infer<typeof EquipmentSchema>;
