/** Registers the previews and the site's stylesheet inside Decap's preview pane. */
import type { CMS, PreviewTemplateComponentProps } from 'decap-cms-core';
import type { ComponentType } from 'react';
import { englishLanguageName } from '../../src/domain/kitchen-diff/translation-changes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/reference.ts';
import { translationCollectionName } from '../translation-collection.ts';
import type { PreviewBinder } from './binder-data.ts';
import { equipmentPreview } from './equipment.ts';
import { ingredientPreview } from './ingredient.ts';
import { menuItemPreview } from './menu-item.ts';
import { procedurePreview } from './procedure.ts';
import { recipePreview } from './recipe.ts';
import { setupPreview } from './setup.ts';
import { stationPreview } from './station.ts';
import { translationPreview, type OriginalEntries } from './translation.ts';

/** Each entry type's preview, in the language of the binder data it is given. */
const PREVIEWS: Record<CollectionName, (binder: PreviewBinder | undefined) => ComponentType<PreviewTemplateComponentProps>> = {
  recipes: recipePreview,
  procedures: procedurePreview,
  ingredients: ingredientPreview,
  setup: setupPreview,
  equipment: equipmentPreview,
  stations: stationPreview,
  menu: menuItemPreview,
};

/** The binder's other languages, for the previews of their translations. */
export interface TranslationPreviews {
  /** Each language with its editor collections' suffix (`es` in `recipes-es`) and the binder as it reads in it. */
  readonly languages: ReadonlyArray<{ readonly tag: string; readonly segment: string; readonly binder: PreviewBinder | undefined }>;
  readonly originals: OriginalEntries;
}

/**
 * `binder` is undefined when /admin/binder.json could not be read: the previews then
 * show slugs instead of names and say that allergens cannot be derived.
 */
export function registerPreviews(cms: CMS, binder: PreviewBinder | undefined, styleUrl: string, translations?: TranslationPreviews): void {
  cms.registerPreviewStyle(styleUrl);
  for (const collection of COLLECTION_NAMES) {
    cms.registerPreviewTemplate(collection, PREVIEWS[collection](binder));
    for (const language of translations?.languages ?? []) {
      const template = PREVIEWS[collection](language.binder);
      cms.registerPreviewTemplate(translationCollectionName(collection, language), translationPreview({ collection, language: { tag: language.tag, englishName: englishLanguageName(language.tag) }, template, originals: translations!.originals, original: language.binder?.original }));
    }
  }
}
