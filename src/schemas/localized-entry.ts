import { z } from 'astro/zod';
import { COLLECTION_NAMES } from './reference.ts';

/**
 * One entry in one of the binder's other languages, as the site reads it: its data
 * with the prose translated where it may be shown, and what is not (paths like
 * `steps.2.text`). Made by src/binder/translations/read-translations.ts, already checked.
 */
export const LocalizedEntrySchema = z.strictObject({
  /** The language tag. */
  language: z.string(),
  /** The entry's collection. */
  collection: z.enum(COLLECTION_NAMES),
  /** The entry's id. */
  entry: z.string(),
  /** The entry's data in this language. */
  data: z.record(z.string(), z.unknown()),
  /** How far it is translated. */
  state: z.enum(['translated', 'stale', 'partial', 'missing']),
  /** Prose translated from earlier words of the original: shown, flagged. */
  stale: z.array(z.string()),
  /** Prose whose translation disagrees with the original on a number or a mention: the original is shown. */
  withheld: z.array(z.string()),
  /** Prose not translated: the original is shown. */
  missing: z.array(z.string()),
  /** Whether the body shown is the translation's. */
  bodyTranslated: z.boolean(),
  /** The translation file, when there is one. */
  file: z.string().optional(),
});

export type LocalizedEntry = z.infer<typeof LocalizedEntrySchema>;
