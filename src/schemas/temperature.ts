import { z } from 'astro/zod';

/** A temperature as written by the author; the site shows both scales. */
export const TemperatureSchema = z.strictObject({
  /** Degrees in `unit`. */
  value: z.number().min(-60, { error: 'is colder than any kitchen reaches — check the sign and the unit' }).max(500, { error: 'is hotter than any kitchen oven — check the unit' }),
  /** `C` for Celsius, `F` for Fahrenheit. */
  unit: z.enum(['C', 'F']),
});

export type TemperatureValue = z.infer<typeof TemperatureSchema>;
