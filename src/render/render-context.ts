/**
 * What the site's page and the editor's preview both know when they draw an entry:
 * its language, the words in it, other entries' names and where their pages are.
 * The page builds it from the binder it is rendered with (src/site/render-context.ts),
 * the preview from /admin/binder.json (cms/preview/render-context.ts); the render
 * functions beside this file read nothing else, so both draw the same markup.
 *
 * They build HAST with hastscript's `h`. An attribute without a value (`data-batch`) is
 * given as `''`, never `true`: the page's writer leaves either bare, but React writes
 * `true` out as "true".
 */
import type { Element, Root } from 'hast';
import type { TitleOf } from '../domain/recipe-text.ts';
import type { Translate } from '../i18n/translate.ts';
import type { CollectionName } from '../schemas/reference.ts';

export interface RenderContext {
  /** The language the entry is drawn in (BCP 47): its UI words, numbers, dates and durations. */
  readonly tag: string;
  /** The site's words in that language: `translatorFor(tag)`. */
  readonly t: Translate;
  /** Another entry's display name, in that language (its slug when unknown). */
  readonly titleOf: TitleOf;
  /** Another entry's page, in that language. */
  readonly entryHref: (collection: CollectionName, id: string) => string;
  /** A section's listing, in that language. */
  readonly sectionHref: (collection: CollectionName) => string;
}

/**
 * An entry as far as it is written. The page passes a published entry, which has every
 * field; the editor's preview passes a draft, whose required fields may still be empty,
 * so a render function draws what is there and leaves out what is not. Nested values
 * (a step, a limit, a storage block) are always whole: the preview keeps only those.
 */
export type AsWritten<T> = Partial<T>;

/** What a render function returns: the entry's own part of its page, element by element. */
export interface EntryTree extends Root {
  children: Element[];
}
