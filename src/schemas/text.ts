import { z } from 'astro/zod';

/*
 * Both mark their schema as prose (metadata `prose`, like references): words a
 * translation may carry in another language (src/schemas/translation.ts), as opposed
 * to numbers, units, slugs and choices, which every language shares.
 */

/** A single line of text: not empty, no line breaks, at most `max` characters. */
export function line(max: number) {
  return z
    .string()
    .min(1, { error: 'is empty — write a few words or remove the field' })
    .max(max, { error: `is longer than ${max} characters — shorten it` })
    .regex(/^[^\n\r]*$/, { error: 'has a line break — keep it on one line' })
    .meta({ prose: 'line' });
}

/** A paragraph of text: not empty, at most `max` characters. */
export function paragraph(max: number) {
  return z
    .string()
    .min(1, { error: 'is empty — write a sentence or remove the field' })
    .max(max, { error: `is longer than ${max} characters — shorten it or move detail into the notes` })
    .meta({ prose: 'paragraph' });
}

/** A single line that reads the same in every language (a supplier's name, an item code): not prose, so never translated. */
export function label(max: number) {
  return z
    .string()
    .min(1, { error: 'is empty — write it or remove the field' })
    .max(max, { error: `is longer than ${max} characters — shorten it` })
    .regex(/^[^\n\r]*$/, { error: 'has a line break — keep it on one line' });
}
