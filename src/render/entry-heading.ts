/**
 * The top of every entry page: the section line (a link to the section, then what kind
 * of entry it is) and the title, with the place the page puts its variant note.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { CollectionName } from '../schemas/reference.ts';
import type { RenderContext } from './render-context.ts';
import { slot } from './slot.ts';

/** `kinds`: the eyebrow's words after the section's name, each left out while unwritten. */
export function entryHeading(context: RenderContext, collection: CollectionName, kinds: ReadonlyArray<string | undefined>, title: string | undefined): Element[] {
  const written = kinds.filter((kind): kind is string => kind !== undefined);
  return [
    h('p', { className: 'eyebrow', dataPagefindIgnore: '' }, [
      h('a', { href: context.sectionHref(collection) }, context.t(`nav.${collection}`)),
      ...written.map((kind) => ` · ${kind}`),
    ]),
    h('h1', title ?? ''),
    // The page's note that this restaurant changed the entry.
    slot('after-title'),
  ];
}
