import { z } from 'astro/zod';
import { paragraph } from './text.ts';

/** What a critical limit measures; decides which units are allowed. */
export const CRITICAL_MEASURES = {
  'core-temperature': { label: 'Core', units: ['C', 'F'] },
  'surface-temperature': { label: 'Surface', units: ['C', 'F'] },
  'holding-temperature': { label: 'Holding', units: ['C', 'F'] },
  'water-temperature': { label: 'Water', units: ['C', 'F'] },
  'air-temperature': { label: 'Air', units: ['C', 'F'] },
  'sanitizer-concentration': { label: 'Sanitiser', units: ['ppm'] },
  ph: { label: 'pH', units: ['pH'] },
  time: { label: 'Time', units: ['minutes', 'hours'] },
} as const;

export type CriticalMeasure = keyof typeof CRITICAL_MEASURES;

/**
 * A critical-control-point limit: the line that separates safe from unsafe, and what
 * to do when it is missed. "Core ≥ 74 °C for 15 s" is
 * `{ measure: core-temperature, comparison: at-least, value: 74, unit: C, forSeconds: 15 }`.
 */
export const CriticalLimitSchema = z.strictObject({
  /** What is measured. */
  measure: z.enum(Object.keys(CRITICAL_MEASURES) as [CriticalMeasure, ...CriticalMeasure[]]),
  /** Whether the reading must be at least or at most `value`. */
  comparison: z.enum(['at-least', 'at-most']),
  /** The limit itself, in `unit`. */
  value: z.number(),
  /** Unit of `value`; must suit the measure (°C/°F for temperatures, ppm, pH, minutes, hours). */
  unit: z.enum(['C', 'F', 'ppm', 'pH', 'minutes', 'hours']),
  /** How long the limit must hold once reached, in seconds ("for 15 s"). */
  forSeconds: z.number().positive().optional(),
  /** The time allowed to reach the limit, in minutes ("within 120 min"). */
  withinMinutes: z.number().positive().optional(),
  /** What the cook does when the limit is missed: the corrective action. */
  correctiveAction: paragraph(400),
});

export type CriticalLimit = z.infer<typeof CriticalLimitSchema>;
