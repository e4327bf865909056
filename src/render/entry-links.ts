/** Links to entries of one collection by their display names: a list, or chips for short lists. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CollectionName } from '../schemas/reference.ts';
import type { RenderContext } from './render-context.ts';

export function entryLinks(context: RenderContext, collection: CollectionName, ids: readonly string[], chips = false): Element[] {
  if (ids.length === 0) return [];
  return [
    h(
      'ul',
      { className: chips ? 'chips' : 'entry-links' },
      ids.map((id) => h('li', { className: chips ? 'chip' : undefined }, h('a', { href: context.entryHref(collection, id) }, context.titleOf(collection, id)))),
    ),
  ];
}
