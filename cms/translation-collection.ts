import type { BinderLanguage } from '../src/i18n/languages.ts';
import type { CollectionName } from '../src/schemas/reference.ts';

/** The editor's collection of an entry type's translations into one language: `recipes-es` (the config and the previews agree on it). */
export function translationCollectionName(collection: CollectionName, language: Pick<BinderLanguage, 'segment'>): string {
  return `${collection}-${language.segment}`;
}
