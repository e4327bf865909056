/**
 * What a rendered body may hold: the elements Markdown (with GFM) produces, the inline
 * tags contributors may write, and for each the only properties it may carry. The body
 * renderer refuses anything else, so the HTML a page gets never depends on the gate
 * and the renderer parsing a body the same way.
 */
import { INLINE_HTML_ALLOWLIST, INLINE_HTML_ATTRIBUTE_ALLOWLIST } from '../safety/allowlists.ts';

/** A property's allowed values: any text, or only those matching the pattern. */
type PropertyRule = true | RegExp;

/** Footnotes (GFM) link a reference and its note with these. */
const FOOTNOTE_LINK = {
  href: true,
  id: /^user-content-fnref-/,
  dataFootnoteRef: true,
  dataFootnoteBackref: true,
  ariaDescribedBy: /^footnote-label$/,
  ariaLabel: true,
  className: /^data-footnote-backref$/,
} as const;

/** Element → property (hast name) → rule. An element not listed here is refused. */
export const MARKDOWN_ELEMENTS: Readonly<Record<string, Readonly<Record<string, PropertyRule>>>> = {
  p: {},
  h1: {},
  h2: { id: /^footnote-label$/, className: /^sr-only$/ },
  h3: {},
  h4: {},
  h5: {},
  h6: {},
  blockquote: {},
  ul: { className: /^contains-task-list$/ },
  ol: { start: /^\d+$/, className: /^contains-task-list$/ },
  li: { id: /^user-content-fn-/, className: /^task-list-item$/ },
  input: { type: /^checkbox$/, checked: true, disabled: true },
  hr: {},
  br: {},
  strong: {},
  em: {},
  del: {},
  code: { className: /^language-[\w+#.-]+$/ },
  pre: {},
  a: { ...FOOTNOTE_LINK, title: true },
  img: { src: true, alt: true, title: true },
  table: {},
  thead: {},
  tbody: {},
  tr: {},
  th: { style: /^text-align: ?(left|right|center)$/, align: /^(left|right|center)$/ },
  td: { style: /^text-align: ?(left|right|center)$/, align: /^(left|right|center)$/ },
  section: { dataFootnotes: true, className: /^footnotes$/ },
  sup: {},
};

/** The inline tags a contributor may write in a body (`<abbr title="…">`), with their attributes. */
export const INLINE_ELEMENTS: ReadonlySet<string> = new Set(INLINE_HTML_ALLOWLIST);
export const INLINE_ATTRIBUTES: ReadonlySet<string> = new Set(INLINE_HTML_ATTRIBUTE_ALLOWLIST);

/** Whether `value` (a property's value, or each item of a list value) is allowed by `rule`. */
export function allows(rule: PropertyRule | undefined, value: unknown): boolean {
  if (rule === undefined) return false;
  if (rule === true) return true;
  const values = Array.isArray(value) ? value : [value];
  return values.every((item) => (typeof item === 'string' || typeof item === 'number') && rule.test(String(item)));
}
