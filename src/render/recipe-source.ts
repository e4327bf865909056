/**
 * Where a recipe came from (its `source`, filled by `npm run import`): the page as a
 * link, its author and the licence it is used under, at the foot of the recipe, as a
 * cookbook credits an adapted recipe. A licence given as a web address is a link too.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { RecipeSource } from '../schemas/source.ts';
import type { RenderContext } from './render-context.ts';
import { richMessage } from './rich-message.ts';

export function recipeSource(context: Pick<RenderContext, 't'>, source: RecipeSource | undefined): Element[] {
  if (!source || Object.keys(source).length === 0) return [];
  const name = source.publisher ?? (source.url ? new URL(source.url).hostname : undefined) ?? source.author ?? '';
  const from: ElementContent = source.url ? h('a', { href: source.url, rel: 'nofollow noopener' }, name) : { type: 'text', value: name };
  const parts: ElementContent[] = [...richMessage(context, 'recipe.source', { from })];
  if (source.author && source.author !== name) parts.push({ type: 'text', value: ' · ' }, ...richMessage(context, 'recipe.sourceAuthor', { author: { type: 'text', value: source.author } }));
  if (source.licence) {
    const licence: ElementContent = /^https?:\/\//.test(source.licence) ? h('a', { href: source.licence, rel: 'license nofollow noopener' }, source.licence.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, '')) : { type: 'text', value: source.licence };
    parts.push({ type: 'text', value: ' · ' }, ...richMessage(context, 'recipe.sourceLicence', { licence }));
  }
  return [h('p', { className: 'recipe-source' }, parts)];
}
