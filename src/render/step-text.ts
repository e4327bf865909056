/** A recipe step's sentence, with each `@mention` shown as the line's quantity and name. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { resolveStepText } from '../domain/recipe-text.ts';
import type { Recipe } from '../schemas/recipe.ts';
import type { RenderContext } from './render-context.ts';

/**
 * `quantities`: each line's quantity as the page shows it (scaled, converted); as
 * written when left out. `data-line` lets the scaler redraw a mention with its line.
 */
export function stepText(context: Pick<RenderContext, 'tag' | 'titleOf'>, recipe: Pick<Recipe, 'ingredients'>, text: string, quantities?: readonly (string | undefined)[]): Element {
  const segments = resolveStepText(recipe, text, context.titleOf, context.tag);
  return h(
    'p',
    { className: 'step-text' },
    segments.map((segment) => {
      if (segment.kind === 'text') return segment.text;
      const quantity = quantities ? quantities[segment.index] : segment.quantity;
      return h('span', { className: 'mention', dataLine: segment.index }, [...(quantity ? [h('span', { className: 'mention-qty' }, quantity)] : []), ` ${segment.name}`]);
    }),
  );
}
