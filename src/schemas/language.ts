import { z } from 'astro/zod';

/** A BCP 47 language tag: `en-US`, `es`, `pt-BR`. */
export const LanguageTagSchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-[A-Z]{2}|-\d{3})?$/, {
  error: 'is not a language tag — use a form like `es`, `it`, `en-US` or `pt-BR`',
});

export type LanguageTag = z.infer<typeof LanguageTagSchema>;
