/**
 * Where an entry's body goes (a recipe's chef's notes, a procedure's notes, a guide's
 * text), under its heading. The body itself fills the slot `body`: the page's is its
 * Markdown rendered at build time, the editor's preview Decap's rendering of the draft.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import { slot } from './slot.ts';

/** Without a heading for a guide, whose body is its main text. */
export function bodySection(heading?: string): Element {
  return heading === undefined
    ? h('section', { className: 'prose' }, [slot('body')])
    : h('section', { className: 'prose', ariaLabelledBy: 'notes-heading' }, [h('h2', { id: 'notes-heading' }, heading), slot('body')]);
}
