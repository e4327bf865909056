/**
 * Places in an entry's markup where the one drawing it adds its own parts: the page
 * its islands (the scaler, the timers, cook mode, the checklist's log), kitchens'
 * trials and variant notes; the editor's preview the body being edited. A render
 * function marks each place with an HTML <slot name="…"> element, whose children are,
 * as in HTML, what shows when nobody fills it. The page fills slots with Astro's
 * rendered HTML (src/components/RenderedEntry.astro), the preview with React nodes
 * (cms/preview/to-react.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type {} from 'mdast-util-to-hast'; // declares hast's `raw` node, which hast-util-to-html writes as it is
import { h } from 'hastscript';

/** `fallback`: what the place holds when nobody fills it (a filler may wrap it: see `slotFallback`). */
export function slot(name: string, fallback: ElementContent[] = []): Element {
  return h('slot', { name }, fallback);
}

function slotName(node: RootContent | ElementContent): string | undefined {
  return node.type === 'element' && node.tagName === 'slot' ? String(node.properties['name']) : undefined;
}

/** The names of the slots in `tree`, in document order. */
export function slotNames(tree: Root): string[] {
  const names: string[] = [];
  const visit = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      const name = slotName(node);
      if (name !== undefined) names.push(name);
      if (node.type === 'element') visit(node.children);
    }
  };
  visit(tree.children);
  return names;
}

/** What the slot `name` holds when nobody fills it, for a filler that wraps it in its own markup. */
export function slotFallback(tree: Root, name: string): Root {
  let found: ElementContent[] = [];
  const visit = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (slotName(node) === name) found = (node as Element).children;
      else if (node.type === 'element') visit(node.children);
    }
  };
  visit(tree.children);
  return { type: 'root', children: found };
}

/**
 * `tree` with each slot replaced by the HTML given for its name (the page's own markup,
 * written by Astro, so already escaped), or by its fallback when none is given.
 */
export function fillSlotsWithHtml(tree: Root, html: ReadonlyMap<string, string>): Root {
  const fill = <N extends RootContent | ElementContent>(nodes: readonly N[]): N[] =>
    nodes.flatMap((node): N[] => {
      const name = slotName(node);
      if (name !== undefined) {
        const value = html.get(name);
        return value !== undefined ? [{ type: 'raw', value } as N] : (fill((node as Element).children) as N[]);
      }
      return node.type === 'element' ? [{ ...node, children: fill(node.children) }] : [node];
    });
  return { ...tree, children: fill(tree.children) };
}
