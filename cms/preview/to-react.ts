/**
 * An entry's markup, drawn by src/render/ as the page draws it, turned into React
 * elements for Decap's preview pane, with the preview's own parts (the body being
 * edited) in its slots; a slot the preview does not fill shows what it holds, as in
 * HTML (a procedure's checklist), or nothing. The elements come from React's own `jsx`
 * runtime, which Decap's bundled React 19 renders as its own.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import type { Element, Root } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import { h } from 'hastscript';
import type { ReactElement, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import { markFallbackLanguage } from '../../src/render/fallback-language.ts';

export function toReact(tree: Root, fills: Readonly<Record<string, ReactNode>> = {}): ReactElement {
  return toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: { slot: ({ name, children }: { name?: string; children?: ReactNode }) => (name !== undefined && fills[name]) || children || null },
  }) as ReactElement;
}

/** What the preview of a translation (./translation.ts) hands its entry type's preview: the words it shows in the original, and the original's language. */
export interface InOriginal {
  readonly lang: string;
  readonly texts: ReadonlySet<string>;
}

/** The props of an entry type's preview, with the words to mark when it draws a translation. */
export type PreviewProps = PreviewTemplateComponentProps & { readonly inOriginal?: InOriginal };

/**
 * The frame the site's entry pages put an entry in, so the site's stylesheet lays the
 * preview out as the page; words shown in the original's language are marked as the
 * page marks them (src/components/RenderedEntry.astro).
 */
export function previewPage(children: readonly Element[], props?: PreviewProps): Root {
  const tree: Root = { type: 'root', children: [h('main', { id: 'main' }, [h('article', [...children])])] };
  return props?.inOriginal ? markFallbackLanguage(tree, props.inOriginal.texts, props.inOriginal.lang) : tree;
}
