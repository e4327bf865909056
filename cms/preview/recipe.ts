/**
 * The recipe preview: the recipe page's own part, drawn by the same code as the page
 * (src/render/recipe.ts) from the draft being edited, in the binder's language —
 * quantities at one batch, @mentions resolved in the steps, critical limits called out,
 * allergens derived from the chosen ingredients and sub-recipes — with the chef's notes
 * as Decap renders the draft's body.
 */
import { h } from 'hastscript';
import type { ReactElement } from 'react';
import { translatorFor } from '../../src/i18n/translate.ts';
import { renderRecipe } from '../../src/render/recipe.ts';
import type { PreviewBinder } from './binder-data.ts';
import { draftRecipe } from './draft-recipe.ts';
import { recipePreviewContext } from './render-context.ts';
import { text } from './read.ts';
import { previewPage, toReact, type PreviewProps } from './to-react.ts';

export function recipePreview(binder: PreviewBinder | undefined) {
  return function RecipePreview(props: PreviewProps): ReactElement {
    const { entry, widgetFor } = props;
    // Without the rest of the binder the allergens cannot be derived, and a recipe must never read as free of them.
    if (!binder) return toReact(previewPage([h('p', { className: 'tag' }, translatorFor('en')('preview.noBinderData'))]));
    const recipe = draftRecipe(entry.get('data')?.toJS(), translatorFor(binder.locale));
    const context = recipePreviewContext(binder, text(entry.get('slug')) ?? '', recipe);
    const tree = renderRecipe(recipe, context);
    return toReact(previewPage(tree.children, props), { body: widgetFor('body') });
  };
}
