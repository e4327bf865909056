import { z } from 'astro/zod';
import { label } from './text.ts';

/**
 * Where a recipe came from when it was imported or adapted from someone else's
 * (`npm run import` fills it): kept with the entry and shown on its page, because
 * using another's recipe is only right under its licence and with its credit.
 */
export const RecipeSourceSchema = z.strictObject({
  /** The page it came from. */
  url: z.url({ protocol: /^https?$/, error: 'is not a web address — give the http(s) address of the page the recipe came from' }).optional(),
  /** Who wrote it, as the source names them. */
  author: label(120).optional(),
  /** The licence the source gives it, as a URL or a name ("CC BY 4.0"); leave out when it gives none. */
  licence: label(200).optional(),
  /** The site, book or kitchen it came from. */
  publisher: label(120).optional(),
});

export type RecipeSource = z.infer<typeof RecipeSourceSchema>;
