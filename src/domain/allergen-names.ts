/**
 * Allergen names and what each covers, in the reader's language. ALLERGENS keeps the
 * English (checks, diffs and the CMS read it); pages ask here with their `locale`.
 * In Spanish and Italian the names are those of Annex II of Regulation (EU) 1169/2011.
 */
import { translatorFor } from '../i18n/translate.ts';
import type { AllergenId } from './allergens.ts';

/** "Milk", "Leche", "Latte": the name on badges, in the matrix and in search filters. */
export function allergenLabel(id: AllergenId, locale = 'en'): string {
  return translatorFor(locale)(`allergen.${id}`);
}

/** What the allergen covers, in plain words, for a cook in doubt (a badge's title). */
export function allergenDetail(id: AllergenId, locale = 'en'): string {
  return translatorFor(locale)(`allergen.${id}.detail`);
}
