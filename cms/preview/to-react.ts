/**
 * An entry's markup, drawn by src/render/ as the page draws it, turned into React
 * elements for Decap's preview pane, with the preview's own parts (the body being
 * edited) in its slots; a slot the preview does not fill shows what it holds, as in
 * HTML (a procedure's checklist), or nothing. The elements come from React's own `jsx`
 * runtime, which Decap's bundled React 19 renders as its own.
 */
import type { Element, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { h } from 'hastscript';
import type { ReactElement, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';

export function toReact(tree: Root, fills: Readonly<Record<string, ReactNode>> = {}): ReactElement {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: { slot: ({ name, children }: { name?: string; children?: ReactNode }) => (name !== undefined && fills[name]) || children || null },
  }) as ReactElement;
}

/** The frame the site's entry pages put an entry in, so the site's stylesheet lays the preview out as the page. */
export function previewPage(children: readonly Element[]): Root {
  return { type: 'root', children: [h('main', { id: 'main' }, [h('article', [...children])])] };
}
