/**
 * An entry's markup as the page writes it. Character references as Astro writes them
 * where HTML needs one (`&amp;`, `&lt;`, `&quot;`); empty attributes bare (`data-batch`).
 */
import type { Nodes } from 'hast';
import { toHtml } from 'hast-util-to-html';

export function renderedHtml(tree: Nodes): string {
  return toHtml(tree, { allowDangerousHtml: true, collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } });
}
