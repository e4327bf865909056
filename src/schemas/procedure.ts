import { z } from 'astro/zod';
import { CriticalLimitSchema } from './critical-limit.ts';
import { keyedList } from './keyed-list.ts';
import { referencesTo } from './reference.ts';
import { line, paragraph } from './text.ts';

/** The kind of standard operating procedure. */
export const ProcedureKindSchema = z.enum([
  'opening',
  'closing',
  'cleaning',
  'food-safety',
  'receiving',
  'service',
  'maintenance',
]);

/** How often it is done. */
export const FrequencySchema = z.enum([
  'per-shift',
  'per-delivery',
  'per-batch',
  'every-4-hours',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'as-needed',
]);

/** One checkable step. */
export const ProcedureStepSchema = z.strictObject({
  /** What to do, as a cook would tick it off. */
  text: paragraph(400),
  /** Write the reading or the tick in the log. */
  record: z.boolean().optional(),
  /** A limit checked at this step, with its corrective action. */
  criticalLimit: CriticalLimitSchema.optional(),
});

export const ProcedureSchema = z.strictObject({
  /** Name of the procedure. */
  title: line(80),
  /** What it is for, in one or two sentences. */
  summary: paragraph(280),
  /** The kind of procedure. */
  kind: ProcedureKindSchema,
  /** How often it is done. */
  frequency: FrequencySchema,
  /** Who does it: "Opening cook", "Shift lead". */
  roles: z.array(line(40)).min(1, { error: 'is empty — say who does this procedure' }),
  /** Stations it applies to, by slug; leave out when it applies to the whole kitchen. */
  stations: referencesTo('stations').optional(),
  /** Time it takes, in minutes. */
  minutes: z.number().positive(),
  /** The steps, in order; a local patch names a step by its text. */
  steps: keyedList(ProcedureStepSchema, ['text']).min(1, { error: 'is empty — write at least one step' }),
  /** Recipes it concerns, by slug. */
  recipes: referencesTo('recipes').optional(),
  /** Equipment it concerns, by slug. */
  equipment: referencesTo('equipment').optional(),
  /** Other procedures to read with it, by slug. */
  related: referencesTo('procedures').optional(),
});

export type Procedure = z.infer<typeof ProcedureSchema>;
export type ProcedureStep = z.infer<typeof ProcedureStepSchema>;
