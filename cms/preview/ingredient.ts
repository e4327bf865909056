/**
 * The ingredient preview: the ingredient page's own part, drawn by the same code as the
 * page (src/render/ingredient.ts) from the draft being edited, in the binder's language:
 * the allergen warning, storage and the purchasing spec with its price.
 */
import type { ReactElement } from 'react';
import { declaredAllergens } from '../../src/domain/allergen-derivation.ts';
import { renderIngredient } from '../../src/render/ingredient.ts';
import { NO_BINDER_DATA, type PreviewBinder } from './binder-data.ts';
import { draftIngredient } from './draft-ingredient.ts';
import { text } from './read.ts';
import { previewRenderContext } from './render-context.ts';
import { previewPage, toReact, type PreviewProps } from './to-react.ts';

/** An ingredient declares its own allergens, so it previews whole even without the binder data (names of other entries aside). */
export function ingredientPreview(binder: PreviewBinder | undefined) {
  const known = binder ?? NO_BINDER_DATA;
  const context = previewRenderContext(known);
  return function IngredientPreview(props: PreviewProps): ReactElement {
    const { entry } = props;
    const ingredient = draftIngredient(entry.get('data')?.toJS(), context.t);
    const allergens = declaredAllergens(text(entry.get('slug')) ?? '', ingredient);
    return toReact(previewPage(renderIngredient(ingredient, { ...context, allergens, currency: known.currency }).children, props));
  };
}
