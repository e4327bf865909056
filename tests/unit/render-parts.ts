/** Reading parts of a rendered entry back in unit tests: an element by tag and class or id, as HTML. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { renderedHtml } from '../../src/render/to-html.ts';

export interface Where {
  readonly tag: string;
  readonly className?: string;
  readonly id?: string;
}

function matches(element: Element, where: Where): boolean {
  const classes = element.properties['className'];
  return (
    element.tagName === where.tag &&
    (where.className === undefined || (Array.isArray(classes) && classes.includes(where.className))) &&
    (where.id === undefined || element.properties['id'] === where.id)
  );
}

/** Every element matching `where`, in document order. */
export function allOf(tree: Root | Element, where: Where): Element[] {
  const found: Element[] = [];
  const visit = (nodes: ReadonlyArray<RootContent | ElementContent>) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (matches(node, where)) found.push(node);
      visit(node.children);
    }
  };
  visit(tree.children);
  return found;
}

/** The HTML of the first element matching `where`, as the page writes it; empty when there is none. */
export function htmlOf(tree: Root | Element, where: Where): string {
  const element = allOf(tree, where)[0];
  return element ? renderedHtml(element) : '';
}
