import { z } from 'astro/zod';

/** A single line of text: not empty, no line breaks, at most `max` characters. */
export function line(max: number) {
  return z
    .string()
    .min(1, { error: 'is empty — write a few words or remove the field' })
    .max(max, { error: `is longer than ${max} characters — shorten it` })
    .regex(/^[^\n\r]*$/, { error: 'has a line break — keep it on one line' });
}

/** A paragraph of text: not empty, at most `max` characters. */
export function paragraph(max: number) {
  return z
    .string()
    .min(1, { error: 'is empty — write a sentence or remove the field' })
    .max(max, { error: `is longer than ${max} characters — shorten it or move detail into the notes` });
}
