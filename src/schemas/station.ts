import { z } from 'astro/zod';
import { referencesTo } from './reference.ts';
import { line, paragraph } from './text.ts';

export const StationSchema = z.strictObject({
  /** Name as staff say it: "Pizza bench". */
  name: line(60),
  /** What the station does, in a sentence. */
  summary: paragraph(280),
  /** Position on the line, front to back (1 first). */
  order: z.int().positive(),
  /** Equipment at the station, by slug. */
  equipment: referencesTo('equipment').optional(),
  /** What the cook on this station answers for. */
  responsibilities: z.array(line(160)).optional(),
});

export type Station = z.infer<typeof StationSchema>;
