/** Registers the previews and the site's stylesheet inside Decap's preview pane. */
import type { CMS } from 'decap-cms-core';
import type { PreviewBinder } from './binder-data.ts';
import { equipmentPreview } from './equipment.ts';
import { ingredientPreview } from './ingredient.ts';
import { procedurePreview } from './procedure.ts';
import { recipePreview } from './recipe.ts';
import { setupPreview } from './setup.ts';
import { stationPreview } from './station.ts';

/**
 * `binder` is undefined when /admin/binder.json could not be read: the previews then
 * show slugs instead of names and say that allergens cannot be derived.
 */
export function registerPreviews(cms: CMS, binder: PreviewBinder | undefined, styleUrl: string): void {
  cms.registerPreviewStyle(styleUrl);
  cms.registerPreviewTemplate('recipes', recipePreview(binder));
  cms.registerPreviewTemplate('procedures', procedurePreview(binder));
  cms.registerPreviewTemplate('ingredients', ingredientPreview(binder));
  cms.registerPreviewTemplate('setup', setupPreview(binder));
  cms.registerPreviewTemplate('equipment', equipmentPreview(binder));
  cms.registerPreviewTemplate('stations', stationPreview(binder));
}
